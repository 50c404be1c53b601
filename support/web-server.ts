/**
 * A tiny node:http server that turns each request into a web-standard Request, calls a handler,
 * and writes its Response back, streaming bodies and aborting `request.signal` when the client
 * hangs up (as Astro's node adapter does). Enough to test the proxy core over real sockets.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

export type WebHandler = (request: Request, clientAddress: string | undefined) => Promise<Response>;

export interface WebServer {
	url: string;
	close(): Promise<void>;
}

function toWebRequest(req: IncomingMessage, res: ServerResponse, base: string): Request {
	const controller = new AbortController();
	// 'close' on the response: finished normally, or the client left early.
	res.once('close', () => {
		if (!res.writableFinished) controller.abort();
	});
	const headers = new Headers();
	for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
	const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
	return new Request(new URL(req.url ?? '/', base), {
		method: req.method,
		headers,
		body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
		signal: controller.signal,
		// Required by fetch's Request for a streamed body.
		duplex: 'half',
	} as RequestInit);
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
	return new Promise<void>((resolve) => {
		const done = () => {
			res.off('drain', done);
			res.off('close', done);
			resolve();
		};
		res.once('drain', done);
		res.once('close', done);
	});
}

async function writeWebResponse(response: Response, res: ServerResponse): Promise<void> {
	const headers: Record<string, string | string[]> = {};
	response.headers.forEach((value, name) => {
		headers[name] = value;
	});
	res.writeHead(response.status, headers);
	res.flushHeaders();
	if (!response.body) {
		res.end();
		return;
	}
	const reader = response.body.getReader();
	const onClose = () => {
		if (!res.writableFinished) reader.cancel().catch(() => {});
	};
	res.once('close', onClose);
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			if (!res.write(value)) await drainedOrClosed(res);
			if (res.destroyed) break;
		}
		res.end();
	} catch {
		res.destroy();
	} finally {
		res.off('close', onClose);
	}
}

export async function startWebServer(handler: WebHandler): Promise<WebServer> {
	let base = '';
	const server = createServer((req, res) => {
		const request = toWebRequest(req, res, base);
		handler(request, req.socket.remoteAddress)
			.then((response) => writeWebResponse(response, res))
			.catch((error: unknown) => {
				if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
				res.end(`handler error: ${error instanceof Error ? error.message : String(error)}`);
			});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url: base,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
