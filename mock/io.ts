// Abort-aware I/O helpers. Every wait takes a signal that fires when the client goes away or
// the server closes, so no timer or write outlives the exchange it belongs to.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';

export class BodyTooLargeError extends Error {}

/** Resolves true after `ms`, or false as soon as `signal` fires (the timer is cleared). */
export async function pause(ms: number, signal: AbortSignal): Promise<boolean> {
	if (signal.aborted) return false;
	if (ms <= 0) return true;
	try {
		await delay(ms, undefined, { signal });
		return true;
	} catch {
		return false;
	}
}

/** Reads the whole request body, refusing more than `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const parts: Buffer[] = [];
		let size = 0;
		req.on('data', (part: Buffer) => {
			size += part.length;
			if (size > limit) {
				// Stop collecting but keep draining, so the 413 can still be delivered.
				parts.length = 0;
				req.removeAllListeners('data');
				req.resume();
				reject(new BodyTooLargeError(`body exceeds ${limit} bytes`));
				return;
			}
			parts.push(part);
		});
		req.on('end', () => resolve(Buffer.concat(parts)));
		req.on('error', reject);
		// A client that hangs up mid-upload never sends 'end'; settle instead of waiting forever.
		req.on('close', () => {
			if (!req.complete) reject(new Error('the client closed the connection before sending the whole body'));
		});
	});
}

/** Writes one piece, waiting for the socket to drain when its buffer is full. Returns false if aborted. */
export async function write(res: ServerResponse, data: string | Buffer, signal: AbortSignal): Promise<boolean> {
	if (signal.aborted || res.destroyed) return false;
	if (res.write(data)) return true;
	return new Promise((resolve) => {
		const done = (ok: boolean) => {
			res.off('drain', onDrain);
			signal.removeEventListener('abort', onAbort);
			resolve(ok);
		};
		const onDrain = () => done(true);
		const onAbort = () => done(false);
		res.once('drain', onDrain);
		signal.addEventListener('abort', onAbort, { once: true });
	});
}
