/**
 * The home page routes readers: the setup guide is at most two clicks away (by the hero button or
 * through a role's landing page), and every related card on the setup guide leads to a page.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixtures.ts';

const SETUP = '/providers/azure-openai/setup/';
const SETUP_TITLE = 'Azure OpenAI: Setup and First Call';

describe('home page', () => {
	const ctx = useSite();

	it('offers the setup guide first, one click away', async () => {
		const { page, errors } = await ctx.open('/');
		await page.getByRole('link', { name: 'Start with Azure OpenAI setup' }).click();
		await page.waitForURL((url) => url.pathname === SETUP);
		await expect(page.getByRole('heading', { level: 1, name: SETUP_TITLE }).isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('reaches the setup guide in two clicks through the admin role', async () => {
		const { page } = await ctx.open('/');
		const byRole = page.getByRole('region', { name: 'Guides for your role' });
		await byRole.getByRole('heading', { level: 3, name: 'Admin' }).getByRole('link').click();
		await page.waitForURL((url) => url.pathname === '/personas/admin/');
		await page.getByRole('main').getByRole('link', { name: SETUP_TITLE }).click();
		await page.waitForURL((url) => url.pathname === SETUP);
		await page.close();
	});

	it('routes by role and by level to every landing page', async () => {
		const { page } = await ctx.open('/');
		for (const [region, count] of [
			['Guides for your role', 4],
			['Guides for your level', 3],
		] as const) {
			const headings = page.getByRole('region', { name: region }).getByRole('heading', { level: 3 });
			expect(await headings.count()).toBe(count);
		}
		const hrefs = await page.locator('.home a[href]').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
		for (const href of hrefs.filter((h) => h.startsWith('/'))) {
			const response = await page.request.get(new URL(href, ctx.site.url).href);
			expect(response.status(), href).toBe(200);
		}
		await page.close();
	});

	it('follows every related card of the setup guide to an existing page', async () => {
		const { page } = await ctx.open(SETUP);
		const cards = page.getByRole('navigation', { name: 'Related guides' }).getByRole('link');
		const count = await cards.count();
		expect(count).toBeGreaterThan(0);
		for (let index = 0; index < count; index++) {
			const card = page.getByRole('navigation', { name: 'Related guides' }).getByRole('link').nth(index);
			const title = (await card.locator('.related-card__title').innerText()).trim();
			const href = await card.getAttribute('href');
			await card.click();
			await page.waitForURL((url) => url.pathname === href);
			await expect(page.getByRole('heading', { level: 1, name: title }).isVisible()).resolves.toBe(true);
			await page.goBack();
		}
		await page.close();
	});
});
