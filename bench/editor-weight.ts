/**
 * What a guide with runnable examples costs a reader, measured in real Chromium against the built
 * site (SITE_DIST, default ./dist) served by the site server (with its compression):
 * - bytes before opening the editor: the HTML, JS and CSS the page loads (raw and gzip);
 * - bytes after opening it: everything loaded once the editor is ready (Monaco, workers, font);
 * - time from the "Edit & run" click to the request text rendered in the editor with focus
 *   inside (median of N runs, each in a fresh browser context with an empty cache, against a
 *   server started fresh for this bench, so the first run includes the server's first answers):
 *   from the page's `runnable:open-click` mark to the first animation frame in which Monaco's
 *   rendered lines show the request's text and the focused element is inside the editor. The
 *   page's own `runnable:editor-ready` mark (editor created, model set, focus called) and the
 *   time to the run UI's script are printed beside it.
 *
 *     SITE_DIST=/tmp/ui/dist ./node_modules/.bin/node bench/editor-weight.ts [runs=7] [path]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveDistDir } from '../src/config/dist-dir.ts';
import { launchChromium } from '../support/browser.ts';
import { startBuiltSite } from '../support/built-site.ts';
import { median, openEditorOnce } from '../support/editor-opening.ts';

const runs = Number(process.argv[2] ?? 7);
/**
 * A second series: the pointer rests on "Edit & run" this long before the click (the page starts
 * fetching the editor on that intent), as when a reader moves to the button, then presses it.
 * Playwright's click() alone moves the pointer and presses within the same few milliseconds.
 */
const hoverMs = Number(process.env.EDITOR_HOVER_MS ?? 300);
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

interface OpenTimes {
	rendered: number[];
	ready: number[];
	ui: number[];
}

/**
 * `runs` cold contexts against a server started for this series (so its first run includes the
 * server's first answers), the pointer resting `hover` ms on the button before the click.
 */
async function measureOpening(hover: number, weights?: { before?: Weight; after?: Weight }): Promise<OpenTimes> {
	const site = await startBuiltSite();
	const browser = await launchChromium();
	const times: OpenTimes = { rendered: [], ready: [], ui: [] };
	try {
		const STATIC = /\.(html|js|mjs|css|ttf|woff2?)$/;
		for (let run = 0; run < runs; run += 1) {
			const weighThisRun = run === 0 && weights;
			const { marks, urlsBefore, urlsAfter } = await openEditorOnce(browser, new URL(guidePath, site.url).href, { hoverMs: hover, waitForIdleAfter: !!weighThisRun });
			times.rendered.push(marks.rendered);
			times.ready.push(marks.ready);
			times.ui.push(marks.ui);
			if (weighThisRun) {
				weights.before = weigh(urlsBefore, site.url, STATIC);
				weights.after = weigh(urlsAfter, site.url, STATIC);
			}
		}
	} finally {
		await browser.close();
		await site.close();
	}
	return times;
}

const weights: { before?: Weight; after?: Weight } = {};
const straight = await measureOpening(0, weights);
const afterHover = hoverMs > 0 ? await measureOpening(hoverMs) : undefined;
const { before, after } = weights as { before: Weight; after: Weight };
console.log(`Guide: ${guidePath} (built site: ${clientDir})`);
console.log(`Before opening the editor: ${before.files} files, ${kb(before.raw)} raw, ${kb(before.gzip)} gzip (HTML + JS + CSS + fonts the page loads)`);
console.log(`After opening the editor:  ${after.files} files, ${kb(after.raw)} raw, ${kb(after.gzip)} gzip (everything loaded)`);
console.log(`Editor's share:            ${kb(after.raw - before.raw)} raw, ${kb(after.gzip - before.gzip)} gzip`);
const stats = (values: number[]) =>
	`median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}; runs: ${values.map((value) => value.toFixed(0)).join(', ')})`;
const report = (label: string, times: OpenTimes) => {
	console.log(`${label}`);
	console.log(`  click → request text rendered in the editor, focus inside: ${stats(times.rendered)} (budget: median ≤ 500 ms)`);
	console.log(`  click → run UI script running:                           ${stats(times.ui)}`);
	console.log(`  click → editor created, focus set (runnable:editor-ready): ${stats(times.ready)}`);
};
report(`Click with no pause (pointer arrives and presses at once), ${runs} cold contexts, fresh server:`, straight);
if (afterHover) report(`Pointer on "Edit & run" ${hoverMs} ms before the click (editor fetch starts on that intent), ${runs} cold contexts, fresh server:`, afterHover);
const BUDGET_MS = 500;
const verdict = (times: OpenTimes) => (median(times.rendered) <= BUDGET_MS ? 'met' : 'NOT met');
console.log(`Budget (median ≤ ${BUDGET_MS} ms): click with no pause ${verdict(straight)}${afterHover ? `; with the pointer on the button ${hoverMs} ms first ${verdict(afterHover)}` : ''}`);
if (median(straight.rendered) > BUDGET_MS) process.exitCode = 1;
