/**
 * The site's HTTP server: static pages from the build, and the on-demand routes (the proxy at
 * /api/run) through Astro's handler. Used by `npm start`, the end-to-end tests and the benchmarks,
 * so all three exercise the same server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { locate, sendFile } from './static-files.ts';
import { resolveDistDir } from '../src/config/dist-dir.ts';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from './security-headers.ts';

export interface SiteServerOptions {
	/** The build output folder (holds client/ and server/), as given in SITE_DIST; see resolveDistDir. */
	distDir?: string;
	host?: string;
	/** 0 picks a free port. */
	port?: number;
}

export interface SiteServer {
	url: string;
	port: number;
	close(): Promise<void>;
}

type AstroHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void, locals?: object) => Promise<void>;

export async function startSiteServer(options: SiteServerOptions): Promise<SiteServer> {
	const distDir = resolveDistDir(options.distDir);
	const clientDir = join(distDir, 'client');
	const entry = join(distDir, 'server', 'entry.mjs');
	if (!existsSync(entry) || !existsSync(clientDir)) {
		throw new Error(`No built site in ${distDir} (expected client/ and server/entry.mjs). Run \`npm run build\` first, or set SITE_DIST to the build folder.`);
	}
	const { handler } = (await import(pathToFileURL(entry).href)) as { handler: AstroHandler };
	const headers = securityHeaders(contentSecurityPolicy(inlineScriptHashes(clientDir)));
	const notFound = join(clientDir, '404.html');

	const server = createServer(async (req, res) => {
		for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			if (url.pathname.startsWith('/api/')) {
				await handler(req, res, (error) => {
					res.statusCode = error ? 500 : 404;
					res.end();
				});
				return;
			}
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.statusCode = 405;
				res.setHeader('Allow', 'GET, HEAD');
				res.end();
				return;
			}
			const found = await locate(clientDir, url.pathname);
			if (found?.redirect) {
				res.statusCode = 308;
				res.setHeader('Location', found.redirect + url.search);
				res.end();
			} else if (found?.file) {
				await sendFile(req, res, clientDir, found.file);
			} else if (existsSync(notFound)) {
				await sendFile(req, res, clientDir, notFound, 404);
			} else {
				res.statusCode = 404;
				res.end('Not found');
			}
		} catch (error) {
			console.error(`Could not answer ${req.method} ${req.url}:`, error);
			if (!res.headersSent) res.statusCode = 500;
			res.end();
		}
	});

	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? 4321, options.host ?? 'localhost', () => done());
	});
	const { port } = server.address() as AddressInfo;
	const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : 'localhost';
	return {
		url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
		port,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
