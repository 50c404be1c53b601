/**
 * Precompresses the built site once, at build time: a `.br` and a `.gz` beside every text file
 * worth compressing, so the server only picks a file and never compresses on its event loop.
 * Runs at astro:build:done; list it after Starlight so Pagefind's own files are included.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin as VitePlugin } from 'vite';
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

function isCandidate(file: string, size: number): boolean {
	return COMPRESSIBLE_EXTENSIONS.has(extname(file).toLowerCase()) && size >= MIN_BYTES;
}

/**
 * Writes `.br` and `.gz` copies beside each compressible file under `dir`; returns how many files it
 * compressed. `started` holds files whose compression began earlier (see precompress()): they are
 * awaited, not compressed again.
 */
export async function precompressFolder(dir: string, started: ReadonlyMap<string, Promise<number>> = new Map()): Promise<number> {
	const candidates: string[] = [];
	for (const file of await filesUnder(dir)) {
		if (!started.has(file) && isCandidate(file, (await stat(file)).size)) candidates.push(file);
	}
	// zlib's async calls run on libuv's thread pool; a few at a time keeps memory modest.
	let next = 0;
	const worker = async () => {
		while (next < candidates.length) await compressOne(dir, candidates[next++]!);
	};
	await Promise.all([...Array.from({ length: 4 }, worker), ...started.values()]);
	return candidates.length + started.size;
}

/**
 * The integration. The client bundle's hashed assets are final as soon as Vite writes them, long
 * before the pages are generated, and they take nearly all of the maximum-quality work (the
 * editor chunk alone takes seconds): their compression starts then, on zlib's thread pool, so it
 * runs on the second core while the main thread renders pages. The rest is compressed at the end.
 */
export function precompress(): AstroIntegration {
	const started = new Map<string, Promise<number>>();
	const assetsEarly: VitePlugin = {
		name: 'llm-provider-guides:precompress-assets',
		apply: 'build',
		writeBundle(options, bundle) {
			if (this.environment?.name !== 'client' || !options.dir) return;
			for (const item of Object.values(bundle)) {
				const size = item.type === 'chunk' ? Buffer.byteLength(item.code) : typeof item.source === 'string' ? Buffer.byteLength(item.source) : item.source.length;
				const file = join(options.dir, item.fileName);
				if (!isCandidate(file, size)) continue;
				const work = compressOne(options.dir, file);
				// Marked as handled now (no unhandled-rejection crash mid-build); awaited at the end, where a failure stops the build.
				work.catch(() => undefined);
				started.set(file, work);
			}
		},
	};
	return {
		name: 'llm-provider-guides:precompress',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command === 'build') updateConfig({ vite: { plugins: [assetsEarly] } });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const began = performance.now();
				const count = await precompressFolder(fileURLToPath(dir), started);
				logger.info(`Precompressed ${count} files (brotli and gzip; ${started.size} hashed assets begun while pages were built) in ${Math.round(performance.now() - began)} ms.`);
				started.clear();
			},
		},
	};
}
