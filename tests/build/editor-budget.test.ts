/**
 * The editor budget, checked on the built site (SITE_DIST, default ./dist; run a build first):
 * pages ship no Monaco code or CSS until a reader opens an editor. Monaco must be reachable only
 * through dynamic import(), its CSS must travel inside that chunk (never a linked stylesheet),
 * and the TypeScript worker must not be built at all.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDistDir } from '../../src/config/dist-dir.ts';

const clientDir = join(resolveDistDir(process.env.SITE_DIST), 'client');
const assetsDir = join(clientDir, '_astro');

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

const ASSET_REF = /\/_astro\/[^"'\s)>]+/g;
/** Monaco's code and styles are recognisable by names only Monaco defines. */
const isMonacoJs = (text: string) => text.includes('MonacoEnvironment') || text.includes('monaco-editor-background');
const isMonacoCss = (text: string) => text.includes('.monaco-editor');

/** Every asset a file loads without a dynamic import(): static `import … from`, `import "…"` and `export … from`. */
function staticImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const found = [...text.matchAll(/(?:\bimport|\bexport)\s*(?:[^'"()]*?\bfrom\s*)?["'](\.\/[^"']+)["']/g)].map((match) => join(assetsDir, match[1]));
	return found.filter((path) => existsSync(path));
}

if (!existsSync(assetsDir)) {
	throw new Error(`No built site in ${clientDir}. Build first (npm run build, or SITE_DIST=… npx astro build) and point SITE_DIST at the same folder.`);
}

describe(`editor budget of the built site (${relative(process.cwd(), clientDir)})`, () => {
	const pages = walk(clientDir).filter((file) => file.endsWith('.html'));
	const assets = walk(assetsDir);
	const monacoJs = assets.filter((file) => file.endsWith('.js') && isMonacoJs(readFileSync(file, 'utf8')));
	const monacoCss = assets.filter((file) => file.endsWith('.css') && isMonacoCss(readFileSync(file, 'utf8')));

	it('has Monaco built as lazily loaded chunks, with no separate Monaco stylesheet and no TypeScript worker', () => {
		expect(monacoJs.length).toBeGreaterThan(0);
		expect(monacoCss.map((file) => relative(clientDir, file))).toEqual([]);
		expect(assets.filter((file) => /ts\.worker|tsMode|typescriptServices/i.test(file)).map((file) => relative(clientDir, file))).toEqual([]);
		expect(assets.some((file) => /json\.worker/.test(file))).toBe(true);
		expect(assets.some((file) => /editor\.worker/.test(file))).toBe(true);
	});

	it('builds only the editor features a JSON request needs: no diff editors, GPU renderer, quick input, tree-sitter, code actions or inlay hints; no folding, find, line comments or line operations', () => {
		// Each is code parsed and run before the first render (monaco/setup.ts, build/vite-monaco-without-unused-modules.ts);
		// the IDs are the ones Monaco registers these features under.
		const monacoText = monacoJs.map((file) => readFileSync(file, 'utf8')).join('\n');
		const leftOut = ['editor.contrib.folding', 'editor.contrib.findController', 'editor.action.commentLine', 'editor.action.copyLinesDownAction'];
		expect(leftOut.filter((id) => monacoText.includes(`"${id}"`) || monacoText.includes(`'${id}'`) || monacoText.includes(`\`${id}\``))).toEqual([]);
		expect(monacoText).toContain("The Monaco diff editor is not part of this site's editor build");
		expect(monacoText).toContain("Monaco GPU rendering is not part of this site's editor build");
		for (const what of [
			'The Monaco multi-file diff editor',
			"Monaco's quick input (command palette and pickers)",
			"Monaco's tree-sitter tokenization",
			"Monaco's code actions (quick fixes)",
			"Monaco's inlay hints",
		]) {
			expect(monacoText).toContain(`${what} is not part of this site's editor build`);
		}
		// What the reader uses is still there: completions, hover, the Tab-focus toggle.
		for (const id of ['editor.contrib.suggestController', 'editor.contrib.contentHover', 'editor.action.toggleTabFocusMode']) expect(monacoText).toContain(id);
	});

	it("splits Monaco into two chunks fetched side by side: its base and platform layers, and the editor's", () => {
		// build/vite-monaco-chunks.ts: each parses on a background thread of its own.
		const named = (pattern: RegExp) => assets.filter((file) => file.endsWith('.js') && pattern.test(relative(assetsDir, file)));
		const [lower, ...moreLower] = named(/^monaco-base\.[\w-]+\.js$/);
		const [editorChunk, ...moreEditor] = named(/^setup\.[\w-]+\.js$/);
		expect([lower, editorChunk].map((file) => file && relative(assetsDir, file))).toEqual([expect.any(String), expect.any(String)]);
		expect([...moreLower, ...moreEditor]).toEqual([]);
		// The lower layers import no other chunk, so no chunk imports one that imports it back.
		expect(staticImports(lower!).map((file) => relative(assetsDir, file))).toEqual([]);
		expect(staticImports(editorChunk!)).toContain(lower);
		const [smaller, larger] = [statSync(lower!).size, statSync(editorChunk!).size].sort((a, b) => a - b);
		expect(smaller / larger).toBeGreaterThan(0.4);
		// The page-load script's preload list for the editor's dynamic import names both.
		const enhancer = assets.find((file) => /RunnableEnhancer[^/\\]*\.js$/.test(file))!;
		const preloads = readFileSync(enhancer, 'utf8').match(/__vite__mapDeps\s*=[^;]*/)?.[0] ?? '';
		for (const file of [lower!, editorChunk!]) expect(preloads).toContain(relative(clientDir, file).replaceAll('\\', '/'));
	});

	it('links no Monaco chunk or stylesheet from any page, directly or through static imports', () => {
		const offenders: string[] = [];
		for (const page of pages) {
			const html = readFileSync(page, 'utf8');
			const pending = [...new Set(html.match(ASSET_REF) ?? [])].map((ref) => join(clientDir, ref.split(/[?#]/)[0]));
			const seen = new Set<string>();
			while (pending.length > 0) {
				const file = pending.pop()!;
				if (seen.has(file) || !existsSync(file)) continue;
				seen.add(file);
				const text = readFileSync(file, 'utf8');
				if ((file.endsWith('.js') && isMonacoJs(text)) || (file.endsWith('.css') && isMonacoCss(text)) || /monaco|codicon/i.test(file)) {
					offenders.push(`${relative(clientDir, page)} loads ${relative(clientDir, file)}`);
				}
				if (file.endsWith('.js')) pending.push(...staticImports(file));
			}
		}
		expect(pages.length).toBeGreaterThan(0);
		expect(offenders).toEqual([]);
	});

	it('keeps the page-load script of runnable pages small (the editor is a dynamic import)', () => {
		const runnablePages = pages.filter((page) => readFileSync(page, 'utf8').includes('class="runnable-example"'));
		expect(runnablePages.length).toBeGreaterThan(0);
		for (const page of runnablePages) {
			const html = readFileSync(page, 'utf8');
			const enhancer = (html.match(ASSET_REF) ?? []).find((ref) => ref.includes('RunnableEnhancer'));
			expect(enhancer, `${relative(clientDir, page)} has no runnable enhancer script`).toBeDefined();
			const entry = join(clientDir, enhancer!);
			const files = new Set([entry, ...staticImports(entry)]);
			const bytes = [...files].reduce((sum, file) => sum + statSync(file).size, 0);
			// The budget: a few KB. The run UI and Monaco arrive only after a click.
			expect(bytes).toBeLessThan(12 * 1024);
			expect(readFileSync(entry, 'utf8')).toMatch(/import\(|__vite__mapDeps/);
		}
	});
});
