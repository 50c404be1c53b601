/**
 * Serves the prerendered site from dist/client: safe path mapping, content types, caching, and
 * the precompressed `.br` / `.gz` copies the build wrote (src/integrations/precompress.ts).
 *
 * The bytes go out through `send` (the file engine of Express's serve-static, already in the tree
 * through @astrojs/node): it destroys the file stream when the response finishes or the client
 * leaves, and handles HEAD, Range and conditional requests. Accept-Encoding is negotiated by
 * `negotiator` (q-values, case, `identity`, `*`). `sirv` was tried first and not taken: 3.0.2
 * pipes its read stream without ever destroying it (the descriptor leak this replaced) and reads
 * Accept-Encoding with a regular expression, so `br;q=0` still got brotli.
 */
import { stat } from 'node:fs/promises';
import { extname, join, normalize, relative, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Negotiator from 'negotiator';
import send from 'send';
import { COMPRESSIBLE_EXTENSIONS } from '../src/integrations/precompress.ts';

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

/** The precompressed copies, most preferred first when the reader weighs them equally. */
const ENCODINGS = [
	{ name: 'br', suffix: '.br' },
	{ name: 'gzip', suffix: '.gz' },
] as const;

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

/** The URL path of a folder under root, built from the file system, so it can never name another host. */
function folderUrl(root: string, folder: string): string {
	const parts = relative(root, folder).split(sep).filter(Boolean);
	return `/${parts.map(encodeURIComponent).join('/')}/`.replace(/^\/\/$/, '/');
}

/**
 * Finds the file for a request path: `/x/` → `/x/index.html`; `/x` → redirect to `/x/` when that
 * exists. The redirect target is rebuilt from the folder found, never echoed from the request
 * (a raw `/x/..//evil.com/..%2f/y` once became `Location: //evil.com/...`).
 */
export async function locate(root: string, pathname: string): Promise<{ file: string; redirect?: undefined } | { redirect: string; file?: undefined } | null> {
	const direct = resolveStaticPath(root, pathname);
	if (!direct) return null;
	if (pathname.endsWith('/')) {
		const index = join(direct, 'index.html');
		return (await fileAt(index)) ? { file: index } : null;
	}
	if (await fileAt(direct)) return { file: direct };
	if (!extname(direct) && (await fileAt(join(direct, 'index.html')))) return { redirect: folderUrl(root, direct) };
	return null;
}

/** The encoding to answer with, by the reader's Accept-Encoding and the copies the build made. */
export function pickEncoding(acceptEncoding: string | undefined, available: readonly string[]): string | null {
	if (available.length === 0) return null;
	const offered = [...available, 'identity'];
	// negotiator 1.x takes a preference order for ties (`*`, equal q); @types/negotiator still describes 0.6.
	const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }) as unknown as { encoding(available: string[], options: { preferred: string[] }): string | undefined };
	const chosen = negotiator.encoding(offered, { preferred: offered });
	return chosen && chosen !== 'identity' ? chosen : null;
}

async function precompressedCopies(file: string): Promise<{ name: string; path: string }[]> {
	if (!COMPRESSIBLE_EXTENSIONS.has(extname(file).toLowerCase())) return [];
	const found = await Promise.all(ENCODINGS.map(async ({ name, suffix }) => ((await fileAt(file + suffix)) ? { name, path: file + suffix } : null)));
	return found.filter((copy) => copy !== null);
}

/** Hashed build assets never change; pages are revalidated so a new build shows at once. */
export function cacheControlFor(root: string, file: string): string {
	return relative(root, file).split(sep)[0] === '_astro' ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
}

/** Writes a file under root as the answer, from its precompressed copy when the reader accepts one. */
export async function sendFile(req: IncomingMessage, res: ServerResponse, root: string, file: string, status = 200): Promise<void> {
	const extension = extname(file).toLowerCase();
	const copies = await precompressedCopies(file);
	const encoding = pickEncoding(
		req.headers['accept-encoding'],
		copies.map((copy) => copy.name),
	);
	const chosen = copies.find((copy) => copy.name === encoding);
	res.statusCode = status;
	res.setHeader('Content-Type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
	res.setHeader('Cache-Control', cacheControlFor(root, file));
	if (copies.length > 0) res.setHeader('Vary', 'Accept-Encoding');
	if (chosen) res.setHeader('Content-Encoding', chosen.name);

	await new Promise<void>((done) => {
		const stream = send(
			req,
			relative(root, chosen?.path ?? file)
				.split(sep)
				.join('/'),
			{
				root,
				cacheControl: false,
				dotfiles: 'allow',
				index: false,
				// An error page keeps its status: no 304 or Range for it.
				etag: status === 200,
				lastModified: status === 200,
				acceptRanges: status === 200,
			},
		);
		stream.on('error', (error: { status?: number }) => {
			if (!res.headersSent) {
				res.removeHeader('Content-Encoding');
				res.statusCode = error.status ?? 500;
				res.setHeader('Content-Type', 'text/plain; charset=utf-8');
				res.end(res.statusCode === 404 ? 'Not found' : 'The file could not be read.');
			} else res.destroy();
			done();
		});
		stream.on('end', () => done());
		// send destroys its file stream when the response finishes or the socket closes.
		res.once('close', () => done());
		stream.pipe(res);
	});
}
