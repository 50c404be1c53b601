/**
 * A page that has not shown intent to search or edit ships no search engine and no editor code:
 * loading the setup guide until the network is idle fetches neither (Pagefind's engine, its
 * WebAssembly, index and filter files; the run UI, Monaco and its workers). The pointer over the
 * search button starts Pagefind; the pointer over "Edit & run" starts the editor's code.
 * Files are told apart by name (support/page-bytes.ts).
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixtures.ts';
import { SETUP_GUIDE } from './runnable-helpers.ts';
import { EDITOR_FILE, SEARCH_ENGINE_FILE, recordResponses } from '../../support/page-bytes.ts';

const ctx = useSite();

describe('search and editor load on intent, never before', () => {
	it('loads neither with the page, the search engine when the pointer is over the search button', async () => {
		const context = await ctx.browser.newContext();
		const page = await context.newPage();
		const before = recordResponses(context, new URL(ctx.site.url).origin);
		await page.goto(new URL(SETUP_GUIDE, ctx.site.url).href, { waitUntil: 'networkidle' });
		// Longer than the idle timeout that used to start Pagefind (1.5 s).
		await page.waitForTimeout(2500);
		await page.waitForLoadState('networkidle');
		const loaded = (await before.stop()).map((file) => file.path);
		expect(loaded.filter((path) => SEARCH_ENGINE_FILE.test(path))).toEqual([]);
		expect(loaded.filter((path) => EDITOR_FILE.test(path))).toEqual([]);
		// Sanity: the page itself and its scripts were recorded.
		expect(loaded).toContain(SETUP_GUIDE);

		const engine = page.waitForResponse((response) => /\/pagefind\/pagefind\.js$/.test(new URL(response.url()).pathname));
		await page.locator('site-search button[data-open-modal]:not([disabled])').hover();
		await engine;
		await context.close();
	});

	it('starts fetching the editor when the pointer is over "Edit & run"', async () => {
		const context = await ctx.browser.newContext();
		const page = await context.newPage();
		await page.goto(new URL(SETUP_GUIDE, ctx.site.url).href, { waitUntil: 'networkidle' });
		const editorCode = page.waitForResponse((response) => EDITOR_FILE.test(new URL(response.url()).pathname));
		await page
			.locator('.runnable-example')
			.first()
			.getByRole('button', { name: /Edit & run/ })
			.hover();
		await editorCode;
		// Nothing opened: intent only fetches code.
		expect(await page.locator('.runnable-example .monaco-editor').count()).toBe(0);
		await context.close();
	});
});
