/**
 * The setup guide as a reader sees it in Chromium: who it is for, how long it takes, how fresh
 * it is, its table of contents, its citations, and related cards that all lead somewhere.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixtures.ts';

const SETUP = '/providers/azure-openai/setup/';

describe('setup guide page chrome', () => {
	const ctx = useSite();

	it('shows audience and persona badges, reading time and review date', async () => {
		const { page, errors } = await ctx.open(SETUP);
		await expect(page.getByRole('heading', { level: 1, name: 'Azure OpenAI: Setup and First Call' }).isVisible()).resolves.toBe(true);
		const badges = page.getByRole('list', { name: 'Who this guide is for' });
		const badgeText = (await badges.innerText()).replace(/\s+/g, ' ');
		for (const label of ['Beginner', 'Intermediate', 'Admin', 'Developer']) expect(badgeText).toContain(label);
		expect(await page.locator('.guide-meta__reading').innerText()).toMatch(/^\d+ min read/);
		expect(await page.locator('.guide-meta__reviewed time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('has a table of contents listing the guide’s sections', async () => {
		const { page } = await ctx.open(SETUP);
		await page.setViewportSize({ width: 1400, height: 900 });
		const toc = page.locator('starlight-toc nav');
		await expect(toc.isVisible()).resolves.toBe(true);
		const entries = await toc.getByRole('link').allInnerTexts();
		for (const section of ['Prerequisites', 'Step 1: Create the resource', 'Troubleshooting', 'References']) {
			expect(entries.map((e) => e.trim())).toContain(section);
		}
		await page.close();
	});

	it('renders source markers as numbered citations that lead to the source list', async () => {
		const { page } = await ctx.open(SETUP);
		const body = await page.locator('.sl-markdown-content').innerText();
		expect(body).not.toContain('【F:');
		const first = page.locator('sup.citation a').first();
		expect(await first.innerText()).toBe('[1]');
		await first.click();
		expect(new URL(page.url()).hash).toBe('#source-1');
		expect(await page.locator('#source-1').innerText()).toMatch(/docs\/providers\/azure-openai\/setup\.md, lines \d+–\d+/);
		await page.close();
	});

	it('shows related guides as cards, and every card leads to a page that exists', async () => {
		const { page } = await ctx.open(SETUP);
		const cards = page.getByRole('navigation', { name: 'Related guides' }).getByRole('link');
		const count = await cards.count();
		expect(count).toBeGreaterThanOrEqual(3);
		const targets: Array<{ href: string; title: string }> = [];
		for (let i = 0; i < count; i++) {
			targets.push({ href: (await cards.nth(i).getAttribute('href'))!, title: (await cards.nth(i).locator('.related-card__title').innerText()).trim() });
		}
		for (const target of targets) {
			const response = await page.goto(new URL(target.href, ctx.site.url).href);
			expect(response?.status(), target.href).toBe(200);
			expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe(target.title);
		}
		await page.close();
	});
});
