/**
 * Budget: Lighthouse (mobile defaults: emulated Moto G Power, 4x CPU slowdown, simulated slow 4G)
 * on the home page and the setup guide scores performance >= 98 with total blocking time
 * <= 50 ms, and 100 for accessibility, best practices and SEO.
 *
 * Runs the `lighthouse` npm package against the built site (SITE_DIST, default ./dist) served by
 * the site's own server, in Debian's Chromium (CHROME_PATH, else the one the e2e tests use),
 * headless. Each page is audited RUNS times (default 3) in a fresh browser and the median
 * performance run is reported, as Lighthouse's docs advise for a noisy machine.
 *
 *     ./node_modules/.bin/node bench/lighthouse.ts [path ...]      # LIGHTHOUSE_RUNS=3
 *
 * Prints each page's scores, TBT and the failing audits; exits non-zero when a budget is missed.
 * For reference under the same machine load, the setup guide of the plain Starlight twin
 * (support/bench-sites.ts, served uncompressed by a static server) is audited the same way
 * (LIGHTHOUSE_TWIN=0 skips it); the budget applies to this site only.
 * LIGHTHOUSE_DETAILS=1 also prints the long tasks and main-thread work of each run.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../support/browser.ts';
import { startBuiltSite } from '../support/built-site.ts';
import { buildProject, removeProject, siteGuides, writeStarlightTwin } from '../support/bench-sites.ts';
import { serveStatic } from '../support/page-bytes.ts';

const paths = process.argv.length > 2 ? process.argv.slice(2) : ['/', '/providers/azure-openai/setup/'];
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Audit {
	scores: Record<(typeof CATEGORIES)[number], number>;
	tbtMs: number;
	lcpMs: number;
	failing: string[];
}

async function audit(url: string): Promise<Audit> {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROME_PATH || chromiumPath(),
		chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
	});
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
		if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Audit['scores'];
		const failing = CATEGORIES.flatMap((id) =>
			(lhr.categories[id]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0)
				.map((ref) => lhr.audits[ref.id])
				.filter((item) => item && item.score !== null && item.score < 0.9)
				.map((item) => `${id}: ${item.id} (${item.displayValue ?? `score ${item.score}`})`),
		);
		if (process.env.LIGHTHOUSE_DETAILS) {
			// What blocked the main thread: the long tasks and the work by script.
			for (const id of ['long-tasks', 'bootup-time', 'mainthread-work-breakdown']) {
				const items = ((lhr.audits[id]?.details as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? []).slice(0, 8);
				console.log(`  ${id}: ${JSON.stringify(items)}`);
			}
		}
		return { scores, tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN, lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN, failing };
	} finally {
		chrome.kill();
	}
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP) on a busy machine: retry twice. */
async function auditWithRetries(url: string): Promise<Audit> {
	for (let attempt = 1; ; attempt += 1) {
		try {
			return await audit(url);
		} catch (error) {
			if (attempt === 3) throw error;
			console.log(`  (retrying: ${error instanceof Error ? error.message : String(error)})`);
		}
	}
}

async function auditMedian(url: string): Promise<{ median: Audit; runs: Audit[] }> {
	const results: Audit[] = [];
	for (let run = 0; run < runs; run += 1) results.push(await auditWithRetries(url));
	results.sort((a, b) => a.scores.performance - b.scores.performance || b.tbtMs - a.tbtMs);
	return { median: results[Math.floor(results.length / 2)]!, runs: results };
}

const describe = ({ median, runs: all }: { median: Audit; runs: Audit[] }) => {
	const { scores } = median;
	return (
		`performance ${scores.performance} (runs: ${all.map((r) => r.scores.performance).join(', ')}), TBT ${median.tbtMs.toFixed(0)} ms (runs: ${all.map((r) => r.tbtMs.toFixed(0)).join(', ')}), ` +
		`LCP ${median.lcpMs.toFixed(0)} ms, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, SEO ${scores.seo}`
	);
};

const site = await startBuiltSite();
let met = true;
try {
	console.log(`Lighthouse ${runs} run(s) per page, mobile defaults, ${process.env.CHROME_PATH || chromiumPath()} --headless --no-sandbox --disable-gpu`);
	for (const path of paths) {
		const result = await auditMedian(new URL(path, site.url).href);
		const { scores } = result.median;
		const pageMet = scores.performance >= 98 && result.median.tbtMs <= 50 && scores.accessibility === 100 && scores['best-practices'] === 100 && scores.seo === 100;
		met &&= pageMet;
		console.log(`${path}: ${describe(result)} — budget ${pageMet ? 'met' : 'NOT met'}`);
		for (const line of result.median.failing) console.log(`    below 90: ${line}`);
	}
} finally {
	await site.close();
}

if (process.env.LIGHTHOUSE_TWIN !== '0') {
	const twinPath = '/providers/azure-openai/setup/';
	const root = writeStarlightTwin(siteGuides());
	const build = await buildProject(root, 'starlight');
	if (!build.ok) throw new Error(`The plain Starlight twin did not build (in ${root}):\n${build.output.slice(-3000)}`);
	const twin = await serveStatic(build.clientDir);
	try {
		const result = await auditMedian(new URL(twinPath, twin.url).href);
		console.log(`reference, plain Starlight twin ${twinPath} (uncompressed): ${describe(result)}`);
	} finally {
		await twin.close();
		removeProject(root);
	}
}
if (!met) process.exitCode = 1;
