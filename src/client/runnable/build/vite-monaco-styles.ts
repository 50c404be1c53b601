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
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const VIRTUAL_PREFIX = '\0runnable-monaco-style:';
const MONACO_ESM = /[\\/]monaco-editor[\\/]esm[\\/]/;
const injector = fileURLToPath(new URL('../monaco/add-style.ts', import.meta.url));

/** Splits CSS around relative url(...) references so each can become an imported asset URL. */
function cssModuleSource(file: string): string {
	const css = readFileSync(file, 'utf8');
	const imports: string[] = [];
	const pieces: string[] = [];
	let last = 0;
	for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
		const target = match[2];
		if (/^(data:|https?:|#|\/)/.test(target)) continue;
		const name = `asset${imports.length}`;
		imports.push(`import ${name} from ${JSON.stringify(resolve(dirname(file), target.split(/[?#]/)[0]) + '?url')};`);
		pieces.push(JSON.stringify(css.slice(last, match.index)), `"url(" + JSON.stringify(${name}) + ")"`);
		last = match.index + match[0].length;
	}
	pieces.push(JSON.stringify(css.slice(last)));
	return [...imports, `import { addMonacoStyle } from ${JSON.stringify(injector)};`, `addMonacoStyle(${pieces.join(' + ')});`].join('\n');
}

export function monacoStylesAtOpenTime(): Plugin {
	return {
		name: 'runnable:monaco-styles-at-open-time',
		enforce: 'pre',
		config() {
			return { optimizeDeps: { exclude: ['monaco-editor'] }, worker: { format: 'es' } };
		},
		async resolveId(source, importer) {
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
		load(id) {
			if (!id.startsWith(VIRTUAL_PREFIX)) return null;
			return cssModuleSource(id.slice(VIRTUAL_PREFIX.length, -'.js'.length));
		},
	};
}
