/**
 * Budget: builds grow linearly with pages and stay close to plain Starlight's.
 * - At N copies (default 200, about 1,000 pages) the site's build takes at most 1.2x the time of
 *   a plain Starlight twin with the same pages.
 * - The site's build at N is within 2.2x of its build at N/2.
 *
 * Generates the site's guides plus N copies of each (support/bench-sites.ts: links, related
 * entries and anchors stay inside each copy, so every page is checked like the original), then
 * runs `astro build` on each project in a child process with a cold cache, one build at a time:
 * the site with its whole configuration (every Markdown check, the guide check pass, the built-link
 * check, Pagefind, the editor bundle) at N/2 and N, and the twin (Starlight's default config, the
 * same astro and @astrojs/starlight) at N/2 and N, so the twin's own growth is printed beside the
 * site's (every Starlight page carries a sidebar listing every page, so output bytes, and the work
 * that reads them, grow with the square of the pages for both). Prints wall time, peak memory and
 * Astro's phase times.
 *
 *     ./node_modules/.bin/node bench/build-scale.ts [N=200]       # BUILD_SCALE_N also sets N
 *
 * Time: about 4 builds of 500-1,000 pages; see BENCHMARKS.md for figures. The projects are
 * removed afterwards (KEEP_BENCH_SITES=1 keeps them, under .bench-sites/).
 */
import { buildProject, guidesWithCopies, removeProject, siteGuides, writeSiteCopy, writeStarlightTwin, type BuildResult } from '../support/bench-sites.ts';

const copies = Number(process.argv[2] ?? process.env.BUILD_SCALE_N ?? 200);
const half = Math.max(1, Math.round(copies / 2));
const guides = siteGuides();

/** Astro's own timings from the build output: content sync and page generation, when it prints them. */
function phases(output: string): string {
	const clock = (line: string | undefined) => {
		const match = line && /^(\d\d):(\d\d):(\d\d)/.exec(line);
		return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
	};
	const lines = output.split('\n');
	const syncStart = clock(lines.find((line) => line.includes('[content] Syncing content')));
	const syncEnd = clock(lines.find((line) => line.includes('[content] Synced content')));
	const pagefind = /Finished building search index in ([\d.]+\s*m?s)/.exec(output)?.[1];
	const parts = [];
	if (syncStart !== undefined && syncEnd !== undefined) parts.push(`content sync ~${syncEnd - syncStart} s`);
	if (pagefind) parts.push(`Pagefind ${pagefind}`);
	return parts.join(', ');
}

async function build(kind: 'site' | 'starlight', n: number): Promise<BuildResult & { pages: number }> {
	const pages = guidesWithCopies(guides, n);
	const root = kind === 'site' ? writeSiteCopy(pages) : writeStarlightTwin(pages);
	console.log(`  building ${kind === 'site' ? 'this site' : 'plain Starlight'} with ${pages.length} pages (N=${n})…`);
	const result = await buildProject(root, kind);
	if (!result.ok) {
		console.error(result.output.slice(-6000));
		throw new Error(`The ${kind} build with N=${n} failed (project kept in ${root}); the end of its output is above.`);
	}
	if (!process.env.KEEP_BENCH_SITES) removeProject(root);
	const line = `  ${kind === 'site' ? 'site ' : 'twin '} N=${String(n).padEnd(4)} ${String(pages.length).padStart(5)} pages: ${(result.wallMs / 1000).toFixed(1)} s, peak RSS ${result.peakRssMb?.toFixed(0) ?? '?'} MB (${phases(result.output)})`;
	console.log(line);
	return { ...result, pages: pages.length };
}

console.log(`build-scale: N=${half} and N=${copies} copies of ${guides.length} guides; one build at a time, cold caches`);
const twinHalf = await build('starlight', half);
const twin = await build('starlight', copies);
const siteHalf = await build('site', half);
const siteFull = await build('site', copies);

const vsTwin = siteFull.wallMs / twin.wallMs;
const growth = siteFull.wallMs / siteHalf.wallMs;
console.log('');
console.log(
	`Build time, this site vs plain Starlight at N=${copies} (${siteFull.pages} pages): ${(siteFull.wallMs / 1000).toFixed(1)} s vs ${(twin.wallMs / 1000).toFixed(1)} s = ${vsTwin.toFixed(2)}x (budget ≤ 1.2x)`,
);
console.log(
	`Growth, this site N=${half} → N=${copies}: ${(siteHalf.wallMs / 1000).toFixed(1)} s → ${(siteFull.wallMs / 1000).toFixed(1)} s = ${growth.toFixed(2)}x for ${(siteFull.pages / siteHalf.pages).toFixed(2)}x the pages (budget ≤ 2.2x)`,
);
console.log(`Reference, plain Starlight N=${half} → N=${copies}: ${(twinHalf.wallMs / 1000).toFixed(1)} s → ${(twin.wallMs / 1000).toFixed(1)} s = ${(twin.wallMs / twinHalf.wallMs).toFixed(2)}x`);
console.log(`Peak memory: site ${siteFull.peakRssMb?.toFixed(0) ?? '?'} MB, plain Starlight ${twin.peakRssMb?.toFixed(0) ?? '?'} MB`);
const met = vsTwin <= 1.2 && growth <= 2.2;
console.log(`budget ${met ? 'met' : 'NOT met'}`);
if (!met) process.exitCode = 1;
