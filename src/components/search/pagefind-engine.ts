/**
 * Starts Pagefind's search engine (the `pagefind.js` its build step writes beside the index)
 * and loads every filter group before the UI may search.
 *
 * Why: Pagefind's default UI takes the filter groups it shows from the first search's answer
 * whenever that answer names any. A search that runs while the filter files are still arriving
 * names only the groups already loaded, and the UI then keeps that partial set: a reader who
 * typed quickly saw "Level" and "Category" but never "Persona". With every group loaded first,
 * each answer names them all. The UI imports the same module URL, so it shares this instance.
 */

/** The part of `pagefind.js`'s exports used here; the file is generated at build time. */
interface PagefindEngine {
	options(options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * `options` must be the ones the UI passes on to the engine (ranking, excerpt length): the first
 * call configures the engine, and the UI repeats the same values when it starts.
 */
export async function loadSearchEngine(bundlePath: string, options: Record<string, unknown>): Promise<void> {
	const engine = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindEngine;
	await engine.options(options);
	await engine.filters();
}
