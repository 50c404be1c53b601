/**
 * The one dynamic import of Monaco (with the JSON language and the request schemas). Kept in a
 * module of its own so the page-load script (enhance.ts) can start fetching it on intent or click
 * at the same moment as the run UI, instead of only once the run UI has arrived and run (a
 * waterfall of 30–50 ms measured on the setup guide, see BENCHMARKS.md). Importing this module
 * costs a page a few bytes; Monaco itself is fetched only when `loadEditorCode()` is called.
 *
 * The codicon font's @font-face comes first, as a tiny module of its own: inserting any
 * @font-face restyles the whole page, and done now that costs nothing on the way to the editor,
 * as it runs while Monaco's code is still downloading and compiling (the editor chunk imports it
 * too, so it is there whichever arrives first).
 */
export function loadEditorCode() {
	import('virtual:runnable-monaco-codicon-font').catch(() => undefined);
	return import('./monaco/setup.ts');
}
