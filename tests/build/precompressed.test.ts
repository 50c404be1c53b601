/**
 * The built site (SITE_DIST, default ./dist; run a build first) carries a `.br` and a `.gz` copy
 * of every text file worth compressing, each decompressing to the file itself: the hashed assets
 * whose compression starts while pages are still being built as much as the pages compressed at
 * the end. A copy that is missing or stale would be served as the file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { resolveDistDir } from '../../src/config/dist-dir.ts';
import { COMPRESSIBLE_EXTENSIONS } from '../../src/integrations/precompress.ts';

const clientDir = join(resolveDistDir(process.env.SITE_DIST), 'client');

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

const files = walk(clientDir).filter((file) => COMPRESSIBLE_EXTENSIONS.has(extname(file)) && statSync(file).size >= 1024);
const copies = new Set(walk(clientDir).filter((file) => file.endsWith('.br') || file.endsWith('.gz')));

describe('precompressed copies', () => {
	it('exist for the editor chunk, the pages and everything else worth compressing', () => {
		expect(files.some((file) => file.includes('/_astro/') && file.endsWith('.js'))).toBe(true);
		expect(files.some((file) => file.endsWith('/providers/azure-openai/setup/index.html'))).toBe(true);
		const missing = files.filter((file) => !copies.has(`${file}.br`) || !copies.has(`${file}.gz`)).map((file) => relative(clientDir, file));
		expect(missing).toEqual([]);
	});

	it('decompress to exactly the file they stand for', () => {
		const wrong = files.filter((file) => {
			const raw = readFileSync(file);
			return !brotliDecompressSync(readFileSync(`${file}.br`)).equals(raw) || !gunzipSync(readFileSync(`${file}.gz`)).equals(raw);
		});
		expect(wrong.map((file) => relative(clientDir, file))).toEqual([]);
	});
});
