/**
 * The prerenderer's content store module, read from the store's file: it must give exactly the
 * value Astro's own module (the whole file inlined as one string literal) gives, and leave any
 * other form of the module alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { storeFileIn, storeModuleReading } from '../../../src/integrations/prerender-content-from-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'store-module-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store as Astro writes it (devalue's flat form): rendered HTML full of quotes and escapes. */
const json = JSON.stringify([['Map', 1, 2], 'docs', ['Map', 3, 4], 'providers/azure-openai/setup', { id: 3, rendered: 5 }, { html: 6 }, '<p class="x">a\\b\n\u2028 "&"</p>']);
const storeFile = join(dir, 'data-store.json');
writeFileSync(storeFile, json);
/** What astro/dist/content/vite-plugin-content-virtual-mod.js emits for a single-file store. */
const astroCode = `export default JSON.parse(${JSON.stringify(json)})`;

async function evaluate(name: string, code: string): Promise<unknown> {
	const file = join(dir, `${name}.mjs`);
	writeFileSync(file, code);
	return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('the content store module for the prerenderer', () => {
	it('reads the store file and gives the value of the inlined module', async () => {
		const code = storeModuleReading(storeFile, astroCode);
		expect(code).toBeDefined();
		expect(code).not.toContain('class=');
		const fromFile = await evaluate('from-file', code!);
		expect(fromFile).toEqual(await evaluate('inlined', astroCode));
		expect(JSON.stringify(fromFile)).toBe(json);
	});

	it('leaves a chunked or an empty store as Astro wrote it', () => {
		expect(storeModuleReading(storeFile, 'export default{"docs":[(await import("astro:data-layer-chunk:0123456789abcdef.txt"))]}')).toBeUndefined();
		expect(storeModuleReading(storeFile, 'export default new Map()')).toBeUndefined();
	});

	it('finds the store where Astro keeps it in a build: the cache directory', () => {
		expect(storeFileIn(new URL('file:///project/node_modules/.astro/'))).toBe('/project/node_modules/.astro/data-store.json');
	});
});
