/**
 * Vite plugin: Monaco's stylesheets are applied when the editor opens, never linked into pages.
 *
 * Monaco's ESM modules import ~100 small .css files. Left to Vite and Astro, those become a
 * render-blocking stylesheet that Astro links into EVERY page that can reach the editor through
 * a dynamic import (seen in this project, see DESIGN.md), although most readers never open it.
 * This plugin turns each of those CSS imports into a tiny JS module that hands the CSS text to
 * `addMonacoStyle()`, so the styles travel inside the lazily loaded editor chunk and are injected
 * when it runs. Relative `url(...)` references (the codicon font) become emitted asset URLs.
 *
 * It also keeps Monaco out of Vite's dev pre-bundling (which would bypass this plugin) and builds
 * workers as ES modules (Monaco's JSON worker splits into chunks, which IIFE workers cannot).
 *
 * Two kinds of rule make Chromium restyle and re-lay out the WHOLE page when a sheet holding them
 * is inserted (about 40–60 ms each time on the long setup guide, on the click → editor path; found
 * by inserting Monaco's rules one by one, see BENCHMARKS.md): custom properties on `:root` (every
 * element inherits them) and `@font-face`. So:
 * - Monaco's `:root { --… }` rules (in sash.css, and generated at run time by the icon style sheet
 *   and the editor's squiggle colours) are scoped to the elements that use them, the selector
 *   Monaco itself uses for its colour variables: `.monaco-editor, .monaco-diff-editor,
 *   .monaco-component` (menus and other widgets outside an editor carry `monaco-component`);
 * - the codicon `@font-face` moves out of the editor chunk into a tiny module of its own
 *   (`virtual:runnable-monaco-codicon-font`) that the editor applies once it is on screen
 *   (`loadCodiconFont` in monaco/setup.ts), so the page-wide layout it causes is not on the way
 *   to the editor.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const VIRTUAL_PREFIX = '\0runnable-monaco-style:';
const MONACO_ESM = /[\\/]monaco-editor[\\/]esm[\\/]/;
const injector = fileURLToPath(new URL('../monaco/add-style.ts', import.meta.url));
export const CODICON_FONT_MODULE = 'virtual:runnable-monaco-codicon-font';
const CODICON_FONT_ID = '\0runnable-monaco-codicon-font';
const CODICON_CSS = 'base/browser/ui/codicons/codicon/codicon.css';

/** The selector Monaco scopes its own colour variables to (standaloneThemeService.js). */
const MONACO_SCOPE = '.monaco-editor, .monaco-diff-editor, .monaco-component';
const ROOT_RULE = /:root(\s*\{)/g;
const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
/** Monaco's modules that generate `:root { --… }` rules at run time. */
const ROOT_RULE_GENERATORS = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/](editor[\\/]browser[\\/]widget[\\/]codeEditor[\\/]codeEditorWidget|platform[\\/]theme[\\/]browser[\\/]iconsStyleSheet)\.js$/;

/** Splits CSS around relative url(...) references so each can become an imported asset URL. */
function cssWithAssetUrls(css: string, dir: string): { imports: string[]; expression: string } {
	const imports: string[] = [];
	const pieces: string[] = [];
	let last = 0;
	for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
		const target = match[2];
		if (/^(data:|https?:|#|\/)/.test(target)) continue;
		const name = `asset${imports.length}`;
		imports.push(`import ${name} from ${JSON.stringify(resolve(dir, target.split(/[?#]/)[0]) + '?url')};`);
		pieces.push(JSON.stringify(css.slice(last, match.index)), `"url(" + JSON.stringify(${name}) + ")"`);
		last = match.index + match[0].length;
	}
	pieces.push(JSON.stringify(css.slice(last)));
	return { imports, expression: pieces.join(' + ') };
}

/** One Monaco stylesheet as a module that hands its rules (page-wide ones removed, see above) to `addMonacoStyle()`. */
function cssModuleSource(file: string): string {
	const css = readFileSync(file, 'utf8').replace(FONT_FACE, '').replace(ROOT_RULE, `${MONACO_SCOPE}$1`);
	const { imports, expression } = cssWithAssetUrls(css, dirname(file));
	return [...imports, `import { addMonacoStyle } from ${JSON.stringify(injector)};`, `addMonacoStyle(${expression});`].join('\n');
}

/** The codicon `@font-face` of codicon.css, applied by itself (in its own <style>) when this module runs. */
function codiconFontModuleSource(codiconCss: string): string {
	const fontFaces = readFileSync(codiconCss, 'utf8').match(FONT_FACE) ?? [];
	if (fontFaces.length === 0) throw new Error(`${codiconCss}: no @font-face found; Monaco changed how it loads its icon font.`);
	const { imports, expression } = cssWithAssetUrls(fontFaces.join('\n'), dirname(codiconCss));
	return [...imports, `const style = document.createElement('style');`, `style.dataset.source = 'monaco-codicon-font';`, `style.textContent = ${expression};`, `document.head.append(style);`].join(
		'\n',
	);
}

export function monacoStylesAtOpenTime(): Plugin {
	return {
		name: 'runnable:monaco-styles-at-open-time',
		enforce: 'pre',
		config() {
			return { optimizeDeps: { exclude: ['monaco-editor'] }, worker: { format: 'es' } };
		},
		async resolveId(source, importer) {
			if (source === CODICON_FONT_MODULE) return CODICON_FONT_ID;
			// Any stylesheet that resolves into Monaco's ESM tree, whoever imports it.
			if (!/\.css$/.test(source) || (!MONACO_ESM.test(importer ?? '') && !source.includes('monaco-editor'))) return null;
			// Monaco's package exports map every subpath to a .js file, so a bare
			// `monaco-editor/….css` is looked up in esm/vs/ by hand.
			if (source.startsWith('monaco-editor/')) {
				const api = await this.resolve('monaco-editor/editor/editor.api', importer, { skipSelf: true });
				if (!api) return null;
				return `${VIRTUAL_PREFIX}${resolve(dirname(api.id), '..', source.slice('monaco-editor/'.length))}.js`;
			}
			const resolved = await this.resolve(source, importer, { skipSelf: true });
			// The `.js` suffix keeps Vite's own CSS pipeline from claiming the virtual module.
			return resolved && MONACO_ESM.test(resolved.id) ? `${VIRTUAL_PREFIX}${resolved.id}.js` : null;
		},
		async load(id) {
			if (id === CODICON_FONT_ID) {
				const api = await this.resolve('monaco-editor/editor/editor.api', undefined, { skipSelf: true });
				if (!api) throw new Error('monaco-editor/editor/editor.api could not be resolved.');
				return codiconFontModuleSource(resolve(dirname(api.id), '..', CODICON_CSS));
			}
			if (!id.startsWith(VIRTUAL_PREFIX)) return null;
			return cssModuleSource(id.slice(VIRTUAL_PREFIX.length, -'.js'.length));
		},
		transform(code, id) {
			if (!ROOT_RULE_GENERATORS.test(id.split('?')[0])) return null;
			const scoped = code.replace(/`:root \{/g, `\`${MONACO_SCOPE} {`);
			// Monaco changed the module's shape: say so at build time rather than silently restyle the page again.
			if (scoped === code) this.warn(`${id}: no \`:root {\` rule found to scope; check how Monaco writes its page-wide variables.`);
			return { code: scoped, map: null };
		},
	};
}
