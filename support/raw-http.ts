/**
 * HTTP over a bare TCP socket (node:net), for tests and benchmarks that must send a request
 * exactly as written: an HTTP client would normalise `..//`, fix up a bad Host, refuse TRACE
 * or drop a half-read download politely.
 */
import { connect, type Socket } from 'node:net';

export interface RawResponse {
	status: number;
	/** Header names in lower case; repeated headers joined with ", ". */
	headers: Record<string, string>;
	/** The body as sent (not de-chunked unless `dechunk` was asked for). */
	body: Buffer;
}

export interface RawTarget {
	host: string;
	port: number;
}

export function targetOf(url: string): RawTarget {
	const parsed = new URL(url);
	return { host: parsed.hostname.replace(/^\[|\]$/g, ''), port: Number(parsed.port) };
}

function dechunk(body: Buffer): Buffer {
	const parts: Buffer[] = [];
	let offset = 0;
	for (;;) {
		const lineEnd = body.indexOf('\r\n', offset);
		if (lineEnd === -1) break;
		const size = parseInt(body.subarray(offset, lineEnd).toString('latin1'), 16);
		if (!Number.isFinite(size) || size === 0) break;
		parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
		offset = lineEnd + 2 + size + 2;
	}
	return Buffer.concat(parts);
}

/** Parses a complete HTTP/1.1 answer (status line, headers, body). */
export function parseRawResponse(raw: Buffer): RawResponse {
	const split = raw.indexOf('\r\n\r\n');
	if (split === -1) throw new Error(`No complete HTTP answer in ${raw.length} bytes: ${JSON.stringify(raw.subarray(0, 200).toString('latin1'))}`);
	const [statusLine, ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
	const status = Number(statusLine!.split(' ')[1]);
	const headers: Record<string, string> = {};
	for (const line of lines) {
		const colon = line.indexOf(':');
		const name = line.slice(0, colon).trim().toLowerCase();
		const value = line.slice(colon + 1).trim();
		headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
	}
	let body = raw.subarray(split + 4);
	if (headers['transfer-encoding']?.toLowerCase() === 'chunked') body = dechunk(body);
	return { status, headers, body };
}

/**
 * Sends `head` (request line and headers, without the blank line) plus an optional body, with
 * `Connection: close`, and resolves with the whole answer once the server closes.
 */
export function rawRequest(target: RawTarget, head: string, body: string | Buffer = '', timeoutMs = 10_000): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const socket = connect(target.port, target.host);
		const chunks: Buffer[] = [];
		const timer = setTimeout(() => {
			socket.destroy();
			reject(new Error(`No complete answer within ${timeoutMs} ms to ${head.split('\r\n')[0]}`));
		}, timeoutMs);
		socket.on('connect', () => {
			const bodyBytes = typeof body === 'string' ? Buffer.from(body) : body;
			socket.write(`${head}\r\nConnection: close\r\n\r\n`);
			if (bodyBytes.length > 0) socket.write(bodyBytes);
		});
		socket.on('data', (chunk) => chunks.push(chunk));
		socket.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		socket.on('close', () => {
			clearTimeout(timer);
			try {
				resolve(parseRawResponse(Buffer.concat(chunks)));
			} catch (error) {
				reject(error);
			}
		});
	});
}

/**
 * Starts a GET and hangs up (a hard close) after `bytes` of the answer arrived, as a reader who
 * closes the tab mid-download does.
 */
export function abortedDownload(target: RawTarget, path: string, bytes: number, headers: string[] = []): Promise<number> {
	return new Promise((resolve, reject) => {
		const socket: Socket = connect(target.port, target.host);
		let received = 0;
		socket.on('connect', () => socket.write([`GET ${path} HTTP/1.1`, `Host: ${target.host}:${target.port}`, ...headers, '', ''].join('\r\n')));
		socket.on('data', (chunk) => {
			received += chunk.length;
			if (received >= bytes) socket.resetAndDestroy();
		});
		socket.on('error', reject);
		socket.on('close', () => resolve(received));
	});
}
