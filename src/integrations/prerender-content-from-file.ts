/**
 * Lets the build's prerenderer read the content store from its file instead of from JavaScript
 * source holding the whole store.
 *
 * Why: in a build Astro turns the content store (every guide's rendered HTML, about 190 MB at
 * 1,005 pages) into the module `export default JSON.parse("…")`, one string literal of the whole
 * file. Rolldown then bundles that module and Node compiles it before the first page renders: at
 * 1,005 pages that took about 14 s of bundling and 50 s of compiling, growing faster than the
 * pages (5 s of compiling at 305 pages). Here the prerender environment's copy of the module
 * reads the same file with `readFileSync` and parses the same JSON, so the value is identical and
 * nothing of that size is bundled or compiled.
 *
 * Only for prerendering in Node (the Node adapter): the Cloudflare adapter prerenders inside
 * workerd, which has no file system, so the Worker build keeps Astro's module. A store in any
 * other form (Astro's chunked storage, an empty store) is left as Astro wrote it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { replaceContentStoreModule } from './content-store-module.ts';

/** Where a build keeps the store: Astro's `cacheDir` + `data-store.json` (astro/dist/content/paths.js). */
export const storeFileIn = (cacheDir: URL) => fileURLToPath(new URL('data-store.json', cacheDir));

/** How Astro's module starts when it inlines the single-file store (its "single-file" mode). */
const INLINED_STORE = 'export default JSON.parse(';

/** The module's code when it reads `storeFile` instead; `undefined` leaves Astro's code as it is. */
export function storeModuleReading(storeFile: string, astroCode: string): string | undefined {
	if (!astroCode.startsWith(INLINED_STORE)) return undefined;
	return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

export function prerenderContentFromFile(): AstroIntegration {
	return replaceContentStoreModule('llm-provider-guides:prerender-content-from-file', 'prerender', (code, config) => storeModuleReading(storeFileIn(config.cacheDir), code));
}
