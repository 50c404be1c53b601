/**
 * Serves the prerendered site from dist/client: safe path mapping, content types, caching and
 * compression. The standalone Astro server sends no Content-Encoding, and guides are mostly
 * text, so compressing here cuts what readers download by about four times.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	// Pagefind's index files
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.txt', '.md', '.xml', '.svg']);

interface Compressed {
	mtimeMs: number;
	br: Buffer;
	gzip: Buffer;
}
const compressedCache = new Map<string, Compressed>();

/** Maps a URL path to a file under root, or null when it would leave root. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return null;
	}
	if (decoded.includes('\0')) return null;
	const path = normalize(join(root, decoded));
	return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : null;
}

async function fileAt(path: string) {
	try {
		const info = await stat(path);
		return info.isFile() ? info : null;
	} catch {
		return null;
	}
}

/** Finds the file for a request path: `/x/` → `/x/index.html`; `/x` → redirect to `/x/` when that exists. */
export async function locate(root: string, pathname: string): Promise<{ file: string; redirect?: undefined } | { redirect: string; file?: undefined } | null> {
	const direct = resolveStaticPath(root, pathname);
	if (!direct) return null;
	if (pathname.endsWith('/')) {
		const index = join(direct, 'index.html');
		return (await fileAt(index)) ? { file: index } : null;
	}
	if (await fileAt(direct)) return { file: direct };
	if (!extname(pathname) && (await fileAt(join(direct, 'index.html')))) return { redirect: `${pathname}/` };
	return null;
}

function pickEncoding(accept: string | undefined): 'br' | 'gzip' | null {
	if (!accept) return null;
	if (/\bbr\b/.test(accept)) return 'br';
	if (/\bgzip\b/.test(accept)) return 'gzip';
	return null;
}

async function compressed(file: string, mtimeMs: number): Promise<Compressed> {
	const cached = compressedCache.get(file);
	if (cached && cached.mtimeMs === mtimeMs) return cached;
	const raw = await readFile(file);
	const entry = {
		mtimeMs,
		br: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }),
		gzip: gzipSync(raw, { level: 9 }),
	};
	compressedCache.set(file, entry);
	return entry;
}

/** Writes a file as the answer, compressed when the reader accepts it. */
export async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status = 200): Promise<void> {
	const info = await stat(file);
	const extension = extname(file).toLowerCase();
	res.statusCode = status;
	res.setHeader('Content-Type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
	// Hashed build assets never change; pages are revalidated so a new build shows at once.
	res.setHeader('Cache-Control', file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
	res.setHeader('Vary', 'Accept-Encoding');
	const encoding = COMPRESSIBLE.has(extension) ? pickEncoding(req.headers['accept-encoding']) : null;
	if (encoding) {
		const body = (await compressed(file, info.mtimeMs))[encoding];
		res.setHeader('Content-Encoding', encoding);
		res.setHeader('Content-Length', body.length);
		res.end(req.method === 'HEAD' ? undefined : body);
		return;
	}
	res.setHeader('Content-Length', info.size);
	if (req.method === 'HEAD') {
		res.end();
		return;
	}
	createReadStream(file).pipe(res);
}
