/**
 * Budget: before any interaction, a guide ships at most plain Starlight's bytes for the same page
 * + 10 KB gzip, and no byte of search engine or editor.
 *
 * Builds the plain-Starlight twin of the site's guides (Starlight's default config, the same
 * installed astro and @astrojs/starlight, the same Markdown; see support/bench-sites.ts) in a
 * throwaway folder, then loads the setup guide from both in headless Chromium, each in a fresh
 * context, and sums gzip -9 of every same-origin file requested until the network was idle
 * (support/page-bytes.ts). The site is the build in SITE_DIST (default ./dist), served by the
 * site's own server; the twin by a static server.
 *
 *     ./node_modules/.bin/node bench/page-weight.ts [path=/providers/azure-openai/setup/]
 *
 * Exits non-zero when the budget is not met, so `npm run bench` shows it.
 */
import { launchChromium } from '../support/browser.ts';
import { startBuiltSite } from '../support/built-site.ts';
import { buildProject, removeProject, siteGuides, writeStarlightTwin } from '../support/bench-sites.ts';
import { EDITOR_FILE, SEARCH_ENGINE_FILE, kb, serveStatic, weighPageLoad, type PageWeight } from '../support/page-bytes.ts';

const guidePath = process.argv[2] ?? '/providers/azure-openai/setup/';
const BUDGET_OVER_TWIN = 10 * 1024;

console.log('Building the plain Starlight twin of the guides…');
const twinRoot = writeStarlightTwin(siteGuides());
const twinBuild = await buildProject(twinRoot, 'starlight');
if (!twinBuild.ok) {
	console.error(twinBuild.output);
	throw new Error(`The plain Starlight twin did not build (in ${twinRoot}); its output is above.`);
}

const twin = await serveStatic(twinBuild.clientDir);
const site = await startBuiltSite();
const browser = await launchChromium();
let ours: PageWeight;
let plain: PageWeight;
try {
	plain = await weighPageLoad(browser, new URL(guidePath, twin.url).href);
	ours = await weighPageLoad(browser, new URL(guidePath, site.url).href);
} finally {
	await browser.close();
	await site.close();
	await twin.close();
	removeProject(twinRoot);
}

const table = (name: string, weight: PageWeight) => {
	console.log(`\n${name}: ${weight.files.length} files, ${kb(weight.raw)} raw, ${kb(weight.gzip)} gzip -9`);
	for (const file of [...weight.files].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(file.gzip).padStart(9)}  ${kb(file.raw).padStart(9)} raw  ${file.path}`);
};
table('Plain Starlight (twin)', plain);
table('This site', ours);

const searchFiles = ours.files.filter((file) => SEARCH_ENGINE_FILE.test(file.path));
const editorFiles = ours.files.filter((file) => EDITOR_FILE.test(file.path));
const difference = ours.gzip - plain.gzip;
console.log(`\nBefore interaction, ${guidePath} (gzip -9 of every same-origin file requested until network idle):`);
console.log(`  plain Starlight: ${kb(plain.gzip)}   this site: ${kb(ours.gzip)}   difference: ${difference >= 0 ? '+' : ''}${kb(difference)} (budget: +${kb(BUDGET_OVER_TWIN)})`);
console.log(
	`  search engine files: ${searchFiles.length} (${kb(searchFiles.reduce((sum, file) => sum + file.gzip, 0))})   editor files: ${editorFiles.length} (${kb(editorFiles.reduce((sum, file) => sum + file.gzip, 0))})`,
);
const met = difference <= BUDGET_OVER_TWIN && searchFiles.length === 0 && editorFiles.length === 0;
console.log(`  budget ${met ? 'met' : 'NOT met'}`);
if (!met) process.exitCode = 1;
