// The fault deployments: answers that break in the ways real networks and services break, so a
// proxy's timeouts, size limits and parsers can be tested against a real socket.

import { answerBytes, newCompletionMeta, sendChatReply } from './chat-answer.ts';
import { buildReply, composeReplyText, type ChatReply } from './chat-reply.ts';
import type { ChatRequest } from './chat-request.ts';
import { completionBody, SSE_DONE, sseEvent, streamChunks } from './chat-response.ts';
import { CHAT_MODEL, HTML_FAULT_CONTENT, HUGE_BODY_BYTES, type FaultName } from './deployments.ts';
import { dropConnection, headersFor, sendJson, startEventStream, type Exchange } from './exchange.ts';
import { pause, write } from './io.ts';

/** A request stands in when the body is not a valid chat request; network faults ignore it anyway. */
const FALLBACK_REQUEST: ChatRequest = { messages: [], maxTokens: null, stream: true, includeUsage: false };

/** Holds the connection open, silent, until the client leaves, the server closes or the limit passes. */
export async function holdSilent(ex: Exchange): Promise<void> {
	if (await pause(ex.settings.stallLimitMs, ex.signal)) dropConnection(ex);
}

/** Streams the first `count` chunks of the normal answer (after Azure's prompt-annotation chunk). */
async function streamOpening(ex: Exchange, reply: ChatReply, count: number): Promise<boolean> {
	startEventStream(ex);
	const chunks = streamChunks(reply, newCompletionMeta(CHAT_MODEL), false).slice(0, count + 1);
	for (const [index, chunk] of chunks.entries()) {
		if (index > 0 && !(await pause(ex.settings.chunkDelayMs, ex.signal))) return false;
		if (!(await write(ex.res, sseEvent(chunk), ex.signal))) return false;
	}
	return true;
}

export async function drip(ex: Exchange, bytes: Buffer, stream: boolean): Promise<void> {
	const type = stream ? 'text/event-stream; charset=utf-8' : 'application/json';
	const extra: Record<string, string> = { 'content-type': type };
	if (!stream) extra['content-length'] = String(bytes.length);
	ex.res.writeHead(200, headersFor(ex, extra));
	ex.res.flushHeaders();
	for (let i = 0; i < bytes.length; i++) {
		if (!(await pause(ex.settings.dripIntervalMs, ex.signal))) return;
		if (!(await write(ex.res, bytes.subarray(i, i + 1), ex.signal))) return;
	}
	ex.res.end();
}

/** A valid chat completion of exactly HUGE_BODY_BYTES bytes, written in pieces as the socket drains. */
async function sendHuge(ex: Exchange): Promise<void> {
	const reply: ChatReply = {
		tokens: [PADDING_MARKER],
		content: PADDING_MARKER,
		finishReason: 'length',
		usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
	};
	return sendPaddedJson(ex, JSON.stringify(completionBody(reply, newCompletionMeta(CHAT_MODEL))));
}

/** Stands in a JSON template for the padding that sendPaddedJson writes in its place. */
export const PADDING_MARKER = '\u0000FILL\u0000';

/** Sends `template` (JSON holding PADDING_MARKER once, inside a string) padded to exactly HUGE_BODY_BYTES. */
export async function sendPaddedJson(ex: Exchange, template: string): Promise<void> {
	const escaped = JSON.stringify(PADDING_MARKER).slice(1, -1);
	const [head, tail] = template.split(escaped);
	const fillLength = HUGE_BODY_BYTES - Buffer.byteLength(head) - Buffer.byteLength(tail);
	const block = 'This reply is padded to twenty mebibytes to test response size limits. '.repeat(1024);

	ex.res.writeHead(200, headersFor(ex, { 'content-type': 'application/json', 'content-length': String(HUGE_BODY_BYTES) }));
	if (!(await write(ex.res, head, ex.signal))) return;
	for (let left = fillLength; left > 0; left -= block.length) {
		if (!(await write(ex.res, left >= block.length ? block : block.slice(0, left), ex.signal))) return;
	}
	if (await write(ex.res, tail, ex.signal)) ex.res.end();
}

/**
 * `slow-thinking`: what a reasoning model looks like from outside. Streamed, Azure's first chunk
 * (prompt annotations) arrives at once, then nothing for `thinkMs` while the model reasons, then
 * the answer streams as usual. Not streamed, the JSON answer comes after the same silence.
 */
async function think(ex: Exchange, reply: ChatReply, stream: boolean, includeUsage: boolean): Promise<void> {
	const meta = newCompletionMeta(CHAT_MODEL);
	if (!stream) {
		if (await pause(ex.settings.thinkMs, ex.signal)) sendJson(ex, 200, completionBody(reply, meta), {}, reply.usage.total_tokens);
		return;
	}
	startEventStream(ex, reply.usage.total_tokens);
	const [opening, ...rest] = streamChunks(reply, meta, includeUsage);
	if (!(await write(ex.res, sseEvent(opening), ex.signal))) return;
	if (!(await pause(ex.settings.thinkMs, ex.signal))) return;
	for (const [index, chunk] of rest.entries()) {
		if (index > 0 && !(await pause(ex.settings.chunkDelayMs, ex.signal))) return;
		if (!(await write(ex.res, sseEvent(chunk), ex.signal))) return;
	}
	if (await write(ex.res, SSE_DONE, ex.signal)) ex.res.end();
}

export async function runFault(ex: Exchange, fault: FaultName, deployment: string, chat: ChatRequest | null): Promise<void> {
	const request = chat ?? FALLBACK_REQUEST;
	switch (fault) {
		case 'stall':
			// Never writes a status line; only the client, close() or the limit ends it.
			return holdSilent(ex);
		case 'stall-midstream': {
			const reply = buildReply(composeReplyText(deployment, request.messages), request);
			if (await streamOpening(ex, reply, 2)) await holdSilent(ex);
			return;
		}
		case 'reset': {
			const reply = buildReply(composeReplyText(deployment, request.messages), request);
			if (await streamOpening(ex, reply, 3)) dropConnection(ex);
			return;
		}
		case 'drip': {
			const reply = buildReply(composeReplyText(deployment, request.messages), request);
			return drip(ex, answerBytes(reply, newCompletionMeta(CHAT_MODEL), request.stream, request.includeUsage), request.stream);
		}
		case 'huge':
			return sendHuge(ex);
		case 'invalid-json': {
			// Cut off mid-object: what a broken gateway or a truncated buffer delivers.
			const body = '{"id":"chatcmpl-broken","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"This answer stops in the mid';
			ex.res.writeHead(200, headersFor(ex, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }));
			ex.res.end(body);
			return;
		}
		case 'html': {
			const reply = buildReply(HTML_FAULT_CONTENT, request);
			return sendChatReply(ex, reply, CHAT_MODEL, request.stream, request.includeUsage);
		}
		case 'think':
			return think(ex, buildReply(composeReplyText(deployment, request.messages), request), request.stream, request.includeUsage);
		case 'response-failed':
			// Only the Responses API has this answer (responses-route.ts); handle-request refuses it here.
			return;
	}
}
