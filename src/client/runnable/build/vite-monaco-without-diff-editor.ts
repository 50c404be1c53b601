/**
 * Vite plugin: Monaco's diff editor widget is left out of the editor chunk.
 *
 * `monaco.editor.createDiffEditor` is never called on this site (the runnable examples use one
 * code editor each), yet `standalone/browser/standaloneCodeEditor.js` imports the diff editor
 * widget statically to declare its standalone subclass, so the widget and everything only it
 * uses (its view zones, gutter, movers, diff computation glue: ~128 KB minified) are parsed and
 * evaluated before every first render of an editor (measured with esbuild on Monaco 0.57, see
 * BENCHMARKS.md). The module is replaced by a class that only says what happened if it is ever
 * constructed. Monaco's own import of the module is the only one in the bundle; its other
 * export, `toLineChanges`, is used by nothing outside the diff editor.
 */
import type { Plugin } from 'vite';

const DIFF_EDITOR_WIDGET = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]editor[\\/]browser[\\/]widget[\\/]diffEditor[\\/]diffEditorWidget\.js$/;

const STUB = `
const message = 'The Monaco diff editor is not part of this site\\'s editor build (src/client/runnable/build/vite-monaco-without-diff-editor.ts); remove that plugin to use createDiffEditor.';
export class DiffEditorWidget {
	constructor() {
		throw new Error(message);
	}
}
export function toLineChanges() {
	throw new Error(message);
}
`;

export function monacoWithoutDiffEditor(): Plugin {
	return {
		name: 'runnable:monaco-without-diff-editor',
		enforce: 'pre',
		load(id) {
			return DIFF_EDITOR_WIDGET.test(id.split('?')[0]) ? STUB : null;
		},
	};
}
