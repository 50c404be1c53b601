/**
 * Precompresses the built site once, at build time: a `.br` and a `.gz` beside every text file
 * worth compressing, so the server only picks a file and never compresses on its event loop.
 * Runs at astro:build:done; list it after Starlight so Pagefind's own files are included.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';

/** Text formats worth compressing (images, fonts, WebAssembly and Pagefind's index are already compact). */
export const COMPRESSIBLE_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.css', '.js', '.mjs', '.json', '.txt', '.md', '.xml', '.svg']);

/** Below this size a compressed copy saves less than a packet. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function filesUnder(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))));
	return nested.flat();
}

/**
 * How hard to compress a file. Hashed assets (`/_astro/`, Pagefind's files) are few, shared by
 * every page and cached for good, so they get brotli's maximum. Everything else grows with the
 * pages (each page's HTML carries the sidebar, so the bytes grow faster than the page count):
 * brotli 11 ran at about 1 MB/s there and became most of a 1,000-page build, while quality 6
 * is some 100 times faster for output about 15 % larger (measured on a 369 KB page: 26.5 KB at 11,
 * 30.3 KB at 6; gzip 9 gives 38.2 KB).
 */
export function compressionLevels(relativePath: string): { brotli: number; gzip: number } {
	const shared = /^(_astro|pagefind)\//.test(relativePath.split(sep).join('/'));
	return shared ? { brotli: zlib.BROTLI_MAX_QUALITY, gzip: 9 } : { brotli: 6, gzip: 6 };
}

async function compressOne(dir: string, file: string): Promise<number> {
	const raw = await readFile(file);
	const levels = compressionLevels(relative(dir, file));
	const [br, gz] = await Promise.all([brotli(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: levels.brotli, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } }), gzipAsync(raw, { level: levels.gzip })]);
	// A copy that is not smaller would only cost a lookup.
	if (br.length < raw.length) await writeFile(`${file}.br`, br);
	if (gz.length < raw.length) await writeFile(`${file}.gz`, gz);
	return raw.length;
}

/** Writes `.br` and `.gz` copies beside each compressible file under `dir`; returns how many files it compressed. */
export async function precompressFolder(dir: string): Promise<number> {
	const candidates: string[] = [];
	for (const file of await filesUnder(dir)) {
		if (!COMPRESSIBLE_EXTENSIONS.has(extname(file).toLowerCase())) continue;
		if ((await stat(file)).size >= MIN_BYTES) candidates.push(file);
	}
	// zlib's async calls run on libuv's thread pool; a few at a time keeps memory modest.
	let next = 0;
	const worker = async () => {
		while (next < candidates.length) await compressOne(dir, candidates[next++]!);
	};
	await Promise.all(Array.from({ length: 4 }, worker));
	return candidates.length;
}

export function precompress(): AstroIntegration {
	return {
		name: 'llm-provider-guides:precompress',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const count = await precompressFolder(fileURLToPath(dir));
				logger.info(`Precompressed ${count} files (brotli and gzip) in ${Math.round(performance.now() - started)} ms.`);
			},
		},
	};
}
