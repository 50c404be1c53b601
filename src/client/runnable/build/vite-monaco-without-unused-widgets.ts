/**
 * Vite plugin: Monaco widgets this site never creates are left out of the editor chunk.
 *
 * Monaco's standalone editor imports them statically although they are only constructed on
 * request, so their code (and everything only they use) is parsed and evaluated before every
 * first render of an editor. Sizes: minified bytes the chunk loses, measured with esbuild on
 * Monaco 0.57 (see BENCHMARKS.md, Editor):
 * - the diff editor widget (~128 KB): `standalone/browser/standaloneCodeEditor.js` imports it
 *   only to declare its standalone subclass; the runnable examples never call `createDiffEditor`;
 * - the WebGPU line renderer (~66 KB): `browser/view.js` constructs its context, lines, rulers and
 *   mark overlay only when `experimentalGpuAcceleration` is 'on', which this site never sets.
 * Each module is replaced by classes/functions with its export names that throw a message naming
 * this plugin if they are ever constructed. The modules' only importers are the ones named above
 * (and Monaco's GPU debug actions, which the editor does not load).
 */
import type { Plugin } from 'vite';

const MONACO_BROWSER = String.raw`[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]editor[\\/]browser[\\/]`;

/** Module path under vs/editor/browser (as a regex source) → the names it exports. */
const UNUSED: [RegExp, string, string[]][] = [
	[new RegExp(`${MONACO_BROWSER}widget[\\\\/]diffEditor[\\\\/]diffEditorWidget\\.js$`), 'The Monaco diff editor', ['DiffEditorWidget', 'toLineChanges']],
	[new RegExp(`${MONACO_BROWSER}gpu[\\\\/]viewGpuContext\\.js$`), 'Monaco GPU rendering', ['ViewGpuContext']],
	[new RegExp(`${MONACO_BROWSER}viewParts[\\\\/]viewLinesGpu[\\\\/]viewLinesGpu\\.js$`), 'Monaco GPU rendering', ['ViewLinesGpu']],
	[new RegExp(`${MONACO_BROWSER}viewParts[\\\\/]rulersGpu[\\\\/]rulersGpu\\.js$`), 'Monaco GPU rendering', ['RulersGpu']],
	[new RegExp(`${MONACO_BROWSER}viewParts[\\\\/]gpuMark[\\\\/]gpuMark\\.js$`), 'Monaco GPU rendering', ['GpuMarkOverlay']],
];

const stub = (what: string, names: string[]) => {
	const message = `${what} is not part of this site's editor build (src/client/runnable/build/vite-monaco-without-unused-widgets.ts); remove it from that plugin to use it.`;
	return [
		`const message = ${JSON.stringify(message)};`,
		...names.map((name) => (/^[A-Z]/.test(name) ? `export class ${name} { constructor() { throw new Error(message); } }` : `export function ${name}() { throw new Error(message); }`)),
	].join('\n');
};

export function monacoWithoutUnusedWidgets(): Plugin {
	return {
		name: 'runnable:monaco-without-unused-widgets',
		enforce: 'pre',
		load(id) {
			const path = id.split('?')[0];
			const unused = UNUSED.find(([pattern]) => pattern.test(path));
			return unused ? stub(unused[1], unused[2]) : null;
		},
	};
}
