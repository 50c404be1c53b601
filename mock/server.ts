// The local mock Azure OpenAI deployment: a real HTTP server on node:http. startMockServer()
// resolves once it listens; close() ends every exchange, including stalled ones, so callers
// (tests, the CLI) never hang on an open socket or a pending timer.

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import * as errors from './azure-errors.ts';
import { sendError, type Exchange, type MockSettings } from './exchange.ts';
import { handleRequest, type RequestNote } from './handle-request.ts';
import { createRateWindow } from './response-headers.ts';

export type MockServerOptions = {
	/** Port to listen on; 0 (the default) picks a free one. */
	port?: number;
	/** Interface to listen on (default 127.0.0.1). */
	host?: string;
	/** Receives one line per request. Lines never contain credentials. */
	logger?: (line: string) => void;
} & Partial<MockSettings>;

export type MockServer = {
	/** Base URL without a trailing slash, e.g. http://127.0.0.1:4011 */
	url: string;
	port: number;
	close(): Promise<void>;
};

export const DEFAULT_SETTINGS: MockSettings = {
	chunkDelayMs: 40,
	dripIntervalMs: 200,
	// Long enough for any proxy timeout to fire first; short enough that a forgotten client does
	// not pin a socket forever.
	stallLimitMs: 10 * 60_000,
	// Longer than the 30 s idle limit the proxy once had, well inside the limits it has now.
	thinkMs: 45_000,
	bodyLimitBytes: 4 * 1024 * 1024,
};

function urlHost(host: string): string {
	return host.includes(':') ? `[${host}]` : host;
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
	const host = options.host ?? '127.0.0.1';
	const settings: MockSettings = {
		chunkDelayMs: options.chunkDelayMs ?? DEFAULT_SETTINGS.chunkDelayMs,
		dripIntervalMs: options.dripIntervalMs ?? DEFAULT_SETTINGS.dripIntervalMs,
		stallLimitMs: options.stallLimitMs ?? DEFAULT_SETTINGS.stallLimitMs,
		thinkMs: options.thinkMs ?? DEFAULT_SETTINGS.thinkMs,
		bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_SETTINGS.bodyLimitBytes,
	};
	const log = options.logger;
	const closing = new AbortController();
	const sockets = new Set<Socket>();
	const rate = createRateWindow();

	const onRequest = (req: IncomingMessage, res: ServerResponse) => {
		const started = Date.now();
		const left = new AbortController();
		// 'close' on the response fires when it is done or when the client hangs up: either way
		// nothing more should be written, and pending pauses should end.
		res.once('close', () => left.abort());
		const ex: Exchange = {
			res,
			signal: AbortSignal.any([left.signal, closing.signal]),
			requestId: randomUUID(),
			settings,
			rate,
		};
		const note: RequestNote = { auth: 'none' };
		if (log) {
			res.once('close', () => {
				const path = (req.url ?? '/').split('?')[0];
				const outcome = res.headersSent ? String(res.statusCode) : 'no answer';
				const ended = res.writableFinished ? '' : ' (connection ended early)';
				log(`${req.method} ${path} api-version=${note.apiVersion ?? '-'} deployment=${note.deployment ?? '-'} auth=${note.auth} -> ${outcome} in ${Date.now() - started} ms${ended}`);
			});
		}
		handleRequest(req, ex, note).catch((error: unknown) => {
			log?.(`mock error on ${req.method} ${(req.url ?? '/').split('?')[0]}: ${error instanceof Error ? error.message : String(error)}`);
			if (!res.headersSent) sendError(ex, errors.internalServerError(ex.requestId));
			else res.destroy();
		});
	};

	const server = createServer(onRequest);
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const port = (server.address() as AddressInfo).port;

	let closed: Promise<void> | null = null;
	return {
		url: `http://${urlHost(host)}:${port}`,
		port,
		close() {
			closed ??= new Promise<void>((resolve) => {
				server.close(() => resolve());
				closing.abort();
				for (const socket of sockets) socket.destroy();
			});
			return closed;
		},
	};
}
