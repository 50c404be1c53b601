/**
 * Vite plugin: the editor's Monaco code arrives as two chunks of similar size instead of one.
 *
 * Chromium compiles each script it streams on a background thread while it downloads, one
 * thread per script. As one 2.9 MB chunk, Monaco's background parse (~200 ms on a 2-core
 * machine) was the longest stretch of the click → editor time, with the main thread idle and
 * the second core unused. Split in two, both chunks are requested at once (Vite's preload list
 * for the dynamic import of monaco/setup.ts names both) and parse side by side
 * (bench/editor-compare.ts, BENCHMARKS.md). A third chunk gained nothing: there are two cores.
 *
 * The cut follows Monaco's own layers (VS Code enforces them: `base` imports nothing above it,
 * `platform` only `base`, `editor` both): `monaco-base` holds vs/base and vs/platform (~1.1 MB),
 * the editor chunk (`setup`) the rest (~1.8 MB). So no chunk imports one that imports it back,
 * and every module still runs after the modules it imports; only modules of the two lower layers
 * can run earlier than before, and what they do at load (register services, colours, icons,
 * configuration defaults) depends on nothing above them.
 *
 * Rolldown puts a captured module's own imports into its group too; Vite's preload helper (which
 * the pages' scripts also import) gets a group of its own first, so no page ever imports Monaco
 * through it (tests/build/editor-budget.test.ts checks that no page loads a Monaco chunk).
 */
import type { Plugin } from 'vite';

/** Monaco's JavaScript modules under vs/base and vs/platform (not its CSS or font assets). */
const MONACO_BASE_AND_PLATFORM = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/](base|platform)[\\/][^?]*\.js$/;

export function monacoChunks(): Plugin {
	return {
		name: 'runnable:monaco-chunks',
		configEnvironment(name) {
			if (name !== 'client') return;
			return {
				build: {
					rolldownOptions: {
						output: {
							codeSplitting: {
								groups: [
									{ name: 'preload-helper', test: /[\\/]preload-helper/, priority: 1 },
									{ name: 'monaco-base', test: MONACO_BASE_AND_PLATFORM },
								],
							},
						},
					},
				},
			};
		},
	};
}
