/**
 * One "Edit & run" opening in a fresh browser context: loads the guide, waits for network idle,
 * arms `watchForRenderedRequest`, optionally rests the pointer on the button, clicks, and returns
 * the page's marks (ms after the `runnable:open-click` mark) and every URL the page requested.
 * Shared by bench/editor-weight.ts (the budget's figures) and bench/editor-compare.ts (builds
 * compared run by run), so both time exactly the same thing.
 */
import type { Browser, Page } from 'playwright-core';
import { watchForRenderedRequest } from './editor-rendered-mark.ts';

export interface OpeningMarks {
	/** Request text rendered in the editor, focus inside: the budget's end point. */
	rendered: number;
	/** The page's `runnable:editor-ready` (editor created, model set, focus called). */
	ready: number;
	/** The run UI's script running (`runnable:open-start`). */
	ui: number;
}

export interface Opening {
	marks: OpeningMarks;
	/** Everything requested up to network idle before the click. */
	urlsBefore: string[];
	/** Everything requested by the end, once the network is idle again. */
	urlsAfter: string[];
}

function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(request.url()));
	page.on('worker', (worker) => urls.push(worker.url()));
	return urls;
}

export async function openEditorOnce(browser: Browser, pageUrl: string, options: { hoverMs?: number; waitForIdleAfter?: boolean } = {}): Promise<Opening> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const urls = recordRequests(page);
		await page.goto(pageUrl, { waitUntil: 'networkidle' });
		const urlsBefore = [...urls];
		const button = page
			.locator('.runnable-example')
			.first()
			.getByRole('button', { name: /Edit & run/ });
		await page.evaluate(watchForRenderedRequest);
		if (options.hoverMs) {
			await button.hover();
			await page.waitForTimeout(options.hoverMs);
		}
		await button.click();
		await page.waitForFunction(() => performance.getEntriesByName('bench:request-rendered').length > 0, undefined, { timeout: 30_000 });
		const marks = await page.evaluate(() => {
			const since = (name: string) => performance.measure(name, 'runnable:open-click', name).duration;
			return { rendered: since('bench:request-rendered'), ready: since('runnable:editor-ready'), ui: since('runnable:open-start') };
		});
		if (options.waitForIdleAfter) await page.waitForLoadState('networkidle');
		return { marks, urlsBefore, urlsAfter: [...urls] };
	} finally {
		await context.close();
	}
}

export const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
