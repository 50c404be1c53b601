import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync, constants as zlib } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compressionLevels, precompressFolder } from '../../../src/integrations/precompress';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Text that compresses differently at different levels (repetitive, but not trivially so). */
const text = (seed: number) => Array.from({ length: 4000 }, (_, i) => `<li><a href="/copy-${(i * seed) % 997}/page/">Guide ${i % 13} part ${(i * 7) % 31}</a></li>`).join('\n');

describe('precompress', () => {
	it('gives shared hashed assets maximum brotli and per-page files a fast level', () => {
		expect(compressionLevels('_astro/setup.CFwErQKD.js')).toEqual({ brotli: zlib.BROTLI_MAX_QUALITY, gzip: 9 });
		expect(compressionLevels('pagefind/pagefind.en_1a2b.pf_meta')).toEqual({ brotli: zlib.BROTLI_MAX_QUALITY, gzip: 9 });
		expect(compressionLevels('providers/azure-openai/setup/index.html')).toEqual({ brotli: 6, gzip: 6 });
		expect(compressionLevels('llms.txt')).toEqual({ brotli: 6, gzip: 6 });
	});

	it('writes .br and .gz copies at those levels, which decompress to the file, and skips small files', async () => {
		mkdirSync(join(dir, '_astro'), { recursive: true });
		mkdirSync(join(dir, 'guide'), { recursive: true });
		const asset = text(3);
		const page = text(5);
		writeFileSync(join(dir, '_astro', 'app.abc123.js'), asset);
		writeFileSync(join(dir, 'guide', 'index.html'), page);
		writeFileSync(join(dir, 'guide', 'tiny.html'), '<p>hi</p>');

		expect(await precompressFolder(dir)).toBe(2);

		const assetBr = readFileSync(join(dir, '_astro', 'app.abc123.js.br'));
		const pageBr = readFileSync(join(dir, 'guide', 'index.html.br'));
		expect(brotliDecompressSync(assetBr).toString()).toBe(asset);
		expect(brotliDecompressSync(pageBr).toString()).toBe(page);
		expect(gunzipSync(readFileSync(join(dir, 'guide', 'index.html.gz'))).toString()).toBe(page);
		// The copies are exactly what those levels produce.
		const brAt = (input: string, quality: number) => brotliCompressSync(input, { params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(input) } });
		expect(assetBr.equals(brAt(asset, 11))).toBe(true);
		expect(pageBr.equals(brAt(page, 6))).toBe(true);
		expect(readFileSync(join(dir, 'guide', 'index.html.gz')).length).toBe(gzipSync(page, { level: 6 }).length);
		expect(existsSync(join(dir, 'guide', 'tiny.html.br'))).toBe(false);
	});
});
