/**
 * What a guide with runnable examples costs a reader, measured in real Chromium against the built
 * site (SITE_DIST, default ./dist) served by the site server (with its compression):
 * - bytes before opening the editor: the HTML, JS and CSS the page loads (raw and gzip);
 * - bytes after opening it: everything loaded once the editor is ready (Monaco, workers, font);
 * - time from the "Edit & run" click to an editable editor (median of N runs, each in a fresh
 *   browser context with an empty cache), from the page's own performance marks:
 *   `runnable:open-click` → `runnable:editor-ready` (editor created, model set, focus inside).
 *
 *     SITE_DIST=/tmp/ui/dist ./node_modules/.bin/node bench/editor-weight.ts [runs=7] [path]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { resolveDistDir } from '../src/config/dist-dir.ts';
import { launchChromium } from '../support/browser.ts';
import { startBuiltSite } from '../support/built-site.ts';

const runs = Number(process.argv[2] ?? 7);
const guidePath = process.argv[3] ?? '/providers/azure-openai/setup/';
const clientDir = join(resolveDistDir(process.env.SITE_DIST), 'client');

interface Weight {
	files: number;
	raw: number;
	gzip: number;
}

/** Sizes of the files a page fetched from the site, measured from the build (raw) and gzip -9. */
function weigh(urls: Iterable<string>, siteUrl: string, kinds: RegExp): Weight {
	const weight = { files: 0, raw: 0, gzip: 0 };
	for (const url of new Set(urls)) {
		if (!url.startsWith(siteUrl)) continue;
		const path = new URL(url).pathname;
		if (!kinds.test(path) && !path.endsWith('/')) continue;
		const file = join(clientDir, path.endsWith('/') ? `${path}index.html` : decodeURIComponent(path));
		let bytes: Buffer;
		try {
			bytes = readFileSync(file);
		} catch {
			continue; // not a static file (e.g. /api/run)
		}
		weight.files += 1;
		weight.raw += bytes.length;
		weight.gzip += gzipSync(bytes, { level: 9 }).length;
	}
	return weight;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function recordRequests(page: Page): Promise<string[]> {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(request.url()));
	page.on('worker', (worker) => urls.push(worker.url()));
	return urls;
}

const site = await startBuiltSite();
const browser = await launchChromium();
try {
	const STATIC = /\.(html|js|mjs|css|ttf|woff2?)$/;
	let before: Weight | undefined;
	let after: Weight | undefined;
	const openTimes: number[] = [];
	for (let run = 0; run < runs; run += 1) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const urls = await recordRequests(page);
		await page.goto(new URL(guidePath, site.url).href, { waitUntil: 'networkidle' });
		if (run === 0) before = weigh(urls, site.url, STATIC);
		const example = page.locator('.runnable-example').first();
		await example.getByRole('button', { name: /Edit & run/ }).click();
		await page.waitForFunction(() => performance.getEntriesByName('runnable:editor-ready').length > 0, undefined, { timeout: 30_000 });
		const focused = await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null);
		if (!focused) throw new Error('The editor opened but focus is not inside it; the timing would not describe an editable editor.');
		openTimes.push(await page.evaluate(() => performance.measure('open', 'runnable:open-click', 'runnable:editor-ready').duration));
		if (run === 0) {
			await page.waitForLoadState('networkidle');
			after = weigh(urls, site.url, STATIC);
		}
		await context.close();
	}
	console.log(`Guide: ${guidePath} (built site: ${clientDir})`);
	console.log(`Before opening the editor: ${before!.files} files, ${kb(before!.raw)} raw, ${kb(before!.gzip)} gzip (HTML + JS + CSS + fonts the page loads)`);
	console.log(`After opening the editor:  ${after!.files} files, ${kb(after!.raw)} raw, ${kb(after!.gzip)} gzip (everything loaded)`);
	console.log(`Editor's share:            ${kb(after!.raw - before!.raw)} raw, ${kb(after!.gzip - before!.gzip)} gzip`);
	console.log(`Click → editable editor:   median ${median(openTimes).toFixed(0)} ms over ${runs} cold runs (min ${Math.min(...openTimes).toFixed(0)}, max ${Math.max(...openTimes).toFixed(0)})`);
} finally {
	await browser.close();
	await site.close();
}
