/**
 * Search as a reader uses it in Chromium: open with Ctrl+K, type, narrow by persona, open a result.
 * Expected pages come from the guides' frontmatter.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixtures.ts';
import { readDocIndex } from '../../src/lib/links/doc-index.ts';
import { docUrl } from '../../src/lib/links/doc-link.ts';

const SETUP = '/providers/azure-openai/setup/';
const guides = [...readDocIndex(fileURLToPath(new URL('../../src/content/docs/', import.meta.url))).values()];
const setupGuide = guides.find((guide) => guide.slug === 'providers/azure-openai/setup')!;

describe('search dialog', () => {
	const ctx = useSite();

	it('opens from the keyboard, finds the setup guide for an error name and shows its description', async () => {
		const { page, errors } = await ctx.open('/quickstarts/js-server-route/');
		await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.waitFor({ state: 'visible' });
		const input = dialog.getByRole('searchbox').or(dialog.locator('input.pagefind-ui__search-input'));
		await input.first().waitFor();
		await expect(input.first().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await page.keyboard.type('DeploymentNotFound');
		const first = dialog.locator('.pagefind-ui__result').first();
		await first.locator('.search-result__description').waitFor();
		expect(await first.locator('.pagefind-ui__result-link').first().getAttribute('href')).toBe(SETUP);
		expect(await first.locator('.search-result__description').innerText()).toBe(String(setupGuide.frontmatter.description));
		// The description is the summary, not a "Description: …" tag.
		expect(await dialog.locator('[data-pagefind-ui-meta="description"]').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('offers every filter group even when a filter file arrives after the first search', async () => {
		const { page, errors } = await ctx.open('/');
		const groups = ['Category', 'Level', 'Persona'];
		let slowed = 0;
		// One filter file (each holds one group) arrives late; the routes also see the search
		// engine's worker requests. The reader types at once, so the first search races it.
		await page.context().route('**/pagefind/filter/*.pf_filter', async (route) => {
			if (slowed++ === 0) await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.continue();
		});
		await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
		await page.keyboard.press('Control+k');
		await page.keyboard.type('azure');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.locator('.pagefind-ui__result').first().waitFor();
		await dialog.locator('summary.pagefind-ui__filter-name').first().waitFor();
		expect(slowed).toBe(groups.length);
		expect((await dialog.locator('summary.pagefind-ui__filter-name').allInnerTexts()).sort()).toEqual(groups);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('narrows results by persona and opens a result', async () => {
		const { page } = await ctx.open('/');
		await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await page.keyboard.type('azure');
		await dialog.locator('.pagefind-ui__result').first().waitFor();
		// Pagefind's filter groups are <details>; open "Persona" and tick "Security".
		await dialog.locator('summary', { hasText: 'Persona' }).click();
		await dialog.getByRole('checkbox', { name: /Security/ }).check();
		const expected = guides.filter((guide) => (guide.frontmatter.personas as string[]).includes('security')).map((guide) => docUrl(guide.slug));
		await page.waitForFunction(
			(count) => document.querySelectorAll('#starlight__search .pagefind-ui__result').length === count && !document.querySelector('#starlight__search .pagefind-ui__loading'),
			expected.length,
		);
		const hrefs = await dialog
			.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs.sort()).toEqual(expected.sort());
		await dialog.locator('.pagefind-ui__result-link').first().click();
		await page.waitForURL((url) => expected.includes(url.pathname));
		await expect(page.getByRole('dialog', { name: 'Search' }).isVisible()).resolves.toBe(false);
		await page.close();
	});
});
