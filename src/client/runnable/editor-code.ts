/**
 * The one dynamic import of Monaco (with the JSON language and the request schemas). Kept in a
 * module of its own so the page-load script (enhance.ts) can start fetching it on intent or click
 * at the same moment as the run UI, instead of only once the run UI has arrived and run (a
 * waterfall of 30–50 ms measured on the setup guide, see BENCHMARKS.md). Importing this module
 * costs a page a few bytes; Monaco itself is fetched only when `loadEditorCode()` is called.
 *
 * The codicon font's @font-face is not loaded here: it waits until the first editor is on screen
 * (monaco/setup.ts, `loadCodiconFont`).
 */
export function loadEditorCode() {
	return import('./monaco/setup.ts');
}
