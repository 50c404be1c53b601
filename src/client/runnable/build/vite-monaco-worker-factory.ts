/**
 * Vite plugin: Monaco's language worker factory no longer drags in every editor feature.
 *
 * Monaco 0.57's `internal/common/workers.js` (what the JSON language's worker manager uses to
 * start its worker) begins with ~70 side-effect imports: every editor contribution (inline
 * completions, sticky scroll, rename, code lens, quick access, the diff editor, ...), i.e. the
 * same list as `editor.main`. The JSON mode imports it, so the narrow feature list chosen in
 * `monaco/setup.ts` was silently widened to "everything", adding ~600 KB to the editor chunks.
 * This plugin drops those bare side-effect imports from that one module; its own code
 * (`createWebWorker`, which only needs `editor.api`) is kept as is. The features the editor
 * really uses are imported explicitly in `monaco/setup.ts`.
 */
import type { Plugin } from 'vite';

const WORKER_FACTORY = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]internal[\\/]common[\\/]workers\.js$/;
/** `import '…';` on its own line: a side-effect-only import (no bindings). */
const SIDE_EFFECT_IMPORT = /^import\s+['"][^'"]+['"];?[ \t]*$/gm;

export function monacoWorkerFactoryWithoutContributions(): Plugin {
	return {
		name: 'runnable:monaco-worker-factory-without-contributions',
		enforce: 'pre',
		transform(code, id) {
			if (!WORKER_FACTORY.test(id.split('?')[0])) return null;
			const trimmed = code.replace(SIDE_EFFECT_IMPORT, '');
			if (trimmed === code) {
				// Monaco changed the module's shape: say so at build time rather than silently ship everything again.
				this.warn(`${id}: no side-effect imports found to drop; check whether Monaco still imports all contributions here.`);
			}
			return { code: trimmed, map: null };
		},
	};
}
