/**
 * Every view the run panel adds (progress, Events, History, Share, Compare, the saved-connection
 * controls), open at the same time, checked by axe-core in the light and the dark theme: the
 * views' own tests check each one alone in the default theme.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useSite } from './support/fixtures.ts';
import { openEditorWithKeyboard, pressOn, relaxProxyLimits, replaceRequestBody, runAndWait, SAMPLE_MESSAGES, SETUP_GUIDE } from './runnable-helpers.ts';

relaxProxyLimits();
const ctx = useSite();

describe('run panel views, all open', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no axe-core violations in the ${colorScheme} theme`, async () => {
			const context = await ctx.browser.newContext({ colorScheme, permissions: ['clipboard-read', 'clipboard-write'] });
			const page = await context.newPage();
			await page.goto(new URL(SETUP_GUIDE, ctx.site.url).href);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
			const example = await openEditorWithKeyboard(page);
			await page.locator('header').getByRole('button', { name: 'Connection for runnable examples' }).click();
			const dialog = page.getByRole('dialog', { name: 'Connection for runnable examples' });
			await dialog.getByLabel('Saved connection').selectOption('__new__');
			await dialog.getByLabel('Connection name').fill('Failing mock');
			await dialog.getByLabel('Mock deployment', { exact: true }).selectOption('error-500');
			expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
			await dialog.getByRole('button', { name: 'Save connection' }).click();
			await dialog.waitFor({ state: 'hidden' });

			await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES, stream: true });
			await runAndWait(example);
			await pressOn(page, example.getByRole('button', { name: 'Share', exact: true }));
			// Copy link, with the keyboard too.
			await pressOn(page, example.getByRole('button', { name: 'Copy link' }));
			await expect.poll(() => example.locator('.runnable-share-status').textContent()).toMatch(/^Link copied\./);
			await pressOn(page, example.getByRole('button', { name: 'Compare', exact: true }));
			await pressOn(page, example.getByRole('button', { name: 'Run both' }));
			await expect.poll(() => example.locator('.runnable-compare-status').textContent(), { timeout: 20_000 }).toMatch(/^(One run|Both runs)/);
			for (const view of ['details.runnable-history', 'details.runnable-events']) {
				const details = example.locator(view);
				if (await details.isVisible()) await details.evaluate((el) => ((el as HTMLDetailsElement).open = true));
			}
			await example
				.locator('.runnable-history-entry details')
				.first()
				.evaluate((el) => ((el as HTMLDetailsElement).open = true));
			expect(await axeViolations(page, '.runnable-example')).toEqual([]);
			await context.close();
		});
	}
});
