// One request/answer pair as the handlers see it: where to write, when to stop, and how to
// attach the headers every Azure answer carries.

import type { ServerResponse } from 'node:http';
import type { ErrorAnswer } from './azure-errors.ts';
import { azureHeaders, type RateWindow } from './response-headers.ts';

export type MockSettings = {
	/** Pause between streamed chunks, so a UI shows text arriving and can stop it mid-way. */
	chunkDelayMs: number;
	/** Pause between the single bytes of `fault-drip`. */
	dripIntervalMs: number;
	/** How long the stall faults hold a connection before dropping it, if nobody gives up first. */
	stallLimitMs: number;
	/** How long `slow-thinking` stays silent after opening its stream (or before its JSON answer). */
	thinkMs: number;
	/** Largest request body accepted. */
	bodyLimitBytes: number;
};

export type Exchange = {
	res: ServerResponse;
	/** Fires when the client disconnects or the server closes. */
	signal: AbortSignal;
	requestId: string;
	settings: MockSettings;
	rate: RateWindow;
};

export function headersFor(ex: Exchange, extra: Record<string, string> = {}, tokens = 0): Record<string, string> {
	return { ...azureHeaders(ex.requestId, ex.rate.note(tokens)), ...extra };
}

export function sendJson(ex: Exchange, status: number, body: unknown, extra: Record<string, string> = {}, tokens = 0): void {
	if (ex.res.headersSent || ex.res.destroyed) return;
	const text = JSON.stringify(body);
	ex.res.writeHead(status, headersFor(ex, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...extra }, tokens));
	ex.res.end(text);
}

export function sendError(ex: Exchange, answer: ErrorAnswer): void {
	sendJson(ex, answer.status, answer.body, answer.headers);
}

/** Starts a 200 server-sent-events answer. */
export function startEventStream(ex: Exchange, tokens = 0): void {
	ex.res.writeHead(
		200,
		headersFor(
			ex,
			{
				'content-type': 'text/event-stream; charset=utf-8',
				'cache-control': 'no-cache',
				// Tells buffering proxies (nginx and alike) to pass chunks on as they come.
				'x-accel-buffering': 'no',
			},
			tokens,
		),
	);
	// Send the headers now, before the first chunk, as the service does.
	ex.res.flushHeaders();
}

/**
 * Drops the connection without finishing the answer, so the client sees a broken transfer
 * (an unterminated chunked body, or no answer at all). The socket is ended at the TCP level
 * rather than reset, so bytes already written still reach the client first, as when a real
 * upstream dies mid-answer.
 */
export function dropConnection(ex: Exchange): void {
	const socket = ex.res.socket;
	if (!socket || socket.destroyed) return;
	socket.once('finish', () => socket.destroy());
	socket.end();
}
