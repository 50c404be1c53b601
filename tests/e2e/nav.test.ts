/**
 * Moving between guides in Chromium: "Linked from" backlinks, landing pages listing the guides
 * their frontmatter puts there, previous/next in sidebar order, and "Copy page as Markdown".
 * Expectations are computed from the docs folder with the same pure functions the site uses.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixtures.ts';
import { readDocIndex } from '../../src/lib/links/doc-index.ts';
import { docUrl } from '../../src/lib/links/doc-link.ts';
import { computeBacklinks } from '../../src/lib/nav/backlinks.ts';
import { guidesFor, summarizeGuides } from '../../src/lib/nav/guide-summaries.ts';
import { buildSidebar } from '../../src/config/sidebar.ts';

const docsDir = fileURLToPath(new URL('../../src/content/docs/', import.meta.url));
const pages = [...readDocIndex(docsDir).values()];
const backlinks = computeBacklinks(
	pages.map((page) => ({ slug: page.slug, title: page.title, related: (page.frontmatter.related as string[] | undefined) ?? [], body: readFileSync(page.file, 'utf8') })),
);
const summaries = summarizeGuides(pages.map((page) => ({ id: page.slug, data: page.frontmatter as never })));

describe('navigation between guides', () => {
	const ctx = useSite();

	it('shows "Linked from" with the guides that link here, and follows one', async () => {
		const [target, sources] = [...backlinks.entries()].find(([, list]) => list.length > 0)!;
		const { page, errors } = await ctx.open(docUrl(target));
		const nav = page.getByRole('navigation', { name: 'Linked from' });
		const titles = (await nav.getByRole('link').allInnerTexts()).map((title) => title.trim());
		expect(titles).toEqual(sources.map((source) => source.title));
		await nav.getByRole('link').first().click();
		await page.waitForURL((url) => url.pathname === docUrl(sources[0].slug));
		expect(errors).toEqual([]);
		await page.close();
	});

	it('lists on each persona landing page exactly the guides for that persona, easiest first', async () => {
		for (const persona of ['admin', 'developer', 'architect', 'security']) {
			const { page } = await ctx.open(`/personas/${persona}/`);
			const listed = await page.locator('.guide-list__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
			expect(listed, persona).toEqual(guidesFor(summaries, 'persona', persona).map((guide) => guide.url));
			await page.close();
		}
	});

	it('links the level badge of a guide to its landing page, which lists the guide with its reading time', async () => {
		const guide = summaries[0];
		const { page } = await ctx.open(guide.url);
		await page
			.getByRole('list', { name: 'Who this guide is for' })
			.getByRole('link', { name: new RegExp(`Level: ${guide.levels[0]}`, 'i') })
			.click();
		await page.waitForURL((url) => url.pathname === `/levels/${guide.levels[0]}/`);
		const item = page.locator(`.guide-list__item[data-guide-slug="${guide.slug}"]`);
		expect(await item.locator('.guide-list__facts').innerText()).toContain(`${guide.minutes} min read`);
		expect(await item.locator('.guide-list__description').innerText()).toBe(guide.description);
		await page.close();
	});

	it('orders previous/next like the sidebar', async () => {
		const order = buildSidebar(docsDir).flatMap((group) => group.items.map((item) => item.link));
		const { page } = await ctx.open(order[0]);
		expect(await page.locator('a[rel="prev"]').count()).toBe(0);
		for (const expectedNext of order.slice(1)) {
			await page.locator('a[rel="next"]').click();
			await page.waitForURL((url) => url.pathname === expectedNext);
		}
		expect(await page.locator('a[rel="next"]').count()).toBe(0);
		await page.close();
	});

	it('copies the page as Markdown from the keyboard and confirms it', async () => {
		const { page, errors } = await ctx.open('/providers/azure-openai/setup/');
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.site.url });
		const button = page.getByRole('button', { name: 'Copy page as Markdown' });
		await page.waitForFunction(() => !document.querySelector('.copy-markdown__button')?.hasAttribute('disabled'));
		await button.focus();
		await page.keyboard.press('Enter');
		await page.getByRole('status').filter({ hasText: 'Page copied to the clipboard as Markdown.' }).waitFor({ state: 'attached' });
		expect(await page.locator('.copy-markdown__label').innerText()).toBe('Copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const twin = await (await page.request.get(new URL('/providers/azure-openai/setup.md', ctx.site.url).href)).text();
		expect(copied).toBe(twin);
		expect(copied.startsWith('---\ntitle: "Azure OpenAI: Setup and First Call"\n')).toBe(true);
		expect(copied).not.toContain('【F:');
		expect(errors).toEqual([]);
		await page.close();
	});
});
