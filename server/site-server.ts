/**
 * The site's HTTP server: static pages from the build, and the on-demand routes (the proxy at
 * /api/run) through Astro's handler. Used by `npm start`, the end-to-end tests and the benchmarks,
 * so all three exercise the same server.
 *
 * Before anything else it checks that the request's Host names this site (server/site-origin.ts):
 * a DNS-rebinding page, or a malformed `Host: a@evil.com`, gets 421. Under /api/ it answers
 * every refusal itself as problem+json with a run id and one log line, so Astro (whose Request
 * cannot even hold a TRACE) only sees POST /api/run.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { locate, sendFile } from './static-files.ts';
import { resolveDistDir } from '../src/config/dist-dir.ts';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from './security-headers.ts';
import { isSiteHost, siteIdentity, type SiteIdentity } from './site-origin.ts';
import { makeProblem, type ProblemCode } from '../src/lib/proxy/problem.ts';
import { RUN_ID_HEADER } from '../src/lib/proxy/run-id.ts';

export interface SiteServerOptions {
	/** The build output folder (holds client/ and server/), as given in SITE_DIST; see resolveDistDir. */
	distDir?: string;
	host?: string;
	/** 0 picks a free port. */
	port?: number;
	/** The public origin behind a reverse proxy (SITE_ORIGIN); by default derived from host and port. */
	siteOrigin?: string;
}

export interface SiteServer {
	/** Where this process listens (for tests and the start banner). */
	url: string;
	port: number;
	/** Who the site is: its origins and the Host names it answers to. */
	identity: SiteIdentity;
	close(): Promise<void>;
}

type AstroHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void, locals?: object) => Promise<void>;

const RUN_PATHS = new Set(['/api/run', '/api/run/']);

/** A problem+json answer from the server itself, with the run id, no caching, and its log line. */
function answerProblem(res: ServerResponse, runId: string, started: number, code: ProblemCode, detail: string, headers: Record<string, string> = {}): void {
	const problem = makeProblem(code, detail);
	console.info(`[api/run] ${JSON.stringify({ event: 'run', runId, status: problem.status, code, durationMs: Date.now() - started })}`);
	if (res.headersSent) {
		res.destroy();
		return;
	}
	res.statusCode = problem.status;
	res.setHeader('Content-Type', 'application/problem+json');
	res.setHeader('Cache-Control', 'no-store');
	res.setHeader(RUN_ID_HEADER, runId);
	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
	res.end(JSON.stringify(problem));
}

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
	const listenHost = options.host ?? 'localhost';
	// Known once the port is bound (a port of 0 is chosen by the system).
	let identity: SiteIdentity | undefined;

	async function api(req: IncomingMessage, res: ServerResponse, pathname: string, hostOk: boolean): Promise<void> {
		const runId = randomUUID();
		const started = Date.now();
		if (!hostOk) {
			return answerProblem(
				res,
				runId,
				started,
				'misdirected_request',
				`This server answers only for ${identity!.origin}; the request named another host. Open the guide at ${identity!.origin} and run it from there.`,
			);
		}
		if (!RUN_PATHS.has(pathname)) return answerProblem(res, runId, started, 'not_found', 'There is no such endpoint. The run service is POST /api/run.');
		if (req.method !== 'POST') {
			return answerProblem(res, runId, started, 'method_not_allowed', 'Use POST to run a request; this endpoint accepts nothing else.', { Allow: 'POST' });
		}
		try {
			await handler(req, res, () => answerProblem(res, runId, started, 'not_found', 'There is no such endpoint. The run service is POST /api/run.'), { runId, siteOrigins: identity!.origins });
		} catch (error) {
			console.error(`[api/run] run ${runId} failed outside the proxy:`, error);
			answerProblem(
				res,
				runId,
				started,
				'internal_error',
				`The run service failed unexpectedly; nothing more was sent. Try again; if it keeps happening, report run id ${runId} to the site's operator.`,
			);
		}
	}

	const server = createServer(async (req, res) => {
		for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
		try {
			const hostOk = isSiteHost(identity!, req.headers.host);
			// The path alone: a Host header never takes part in parsing it.
			const url = new URL(req.url ?? '/', 'http://site.invalid');
			if (url.pathname.startsWith('/api/') || url.pathname === '/api') return await api(req, res, url.pathname, hostOk);
			if (!hostOk) {
				res.statusCode = 421;
				res.setHeader('Content-Type', 'text/plain; charset=utf-8');
				res.end(`This server answers only for ${identity!.origin}; the request named another host.\n`);
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
			if (!res.headersSent) {
				res.statusCode = 500;
				res.setHeader('Content-Type', 'text/plain; charset=utf-8');
				res.end('The server failed to answer this request; the error is in its log. Reload to try again.\n');
			} else res.destroy();
		}
	});

	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? 4321, listenHost, () => done());
	});
	const { port } = server.address() as AddressInfo;
	identity = siteIdentity(listenHost, port, options.siteOrigin);
	const host = listenHost !== '0.0.0.0' && listenHost !== '::' ? listenHost : 'localhost';
	return {
		url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
		port,
		identity,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
