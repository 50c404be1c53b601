// Sends a chat reply as Azure does: one JSON object, or a paced server-sent-event stream.

import { randomBytes } from 'node:crypto';
import type { ChatReply } from './chat-reply.ts';
import { completionBody, SSE_DONE, sseEvent, streamChunks, type CompletionMeta } from './chat-response.ts';
import { sendJson, startEventStream, type Exchange } from './exchange.ts';
import { pause, write } from './io.ts';

export function newCompletionMeta(model: string): CompletionMeta {
	return {
		id: `chatcmpl-${randomBytes(15).toString('base64url')}`,
		created: Math.floor(Date.now() / 1000),
		model,
	};
}

/** The bytes of a full answer (used by `fault-drip`, which sends them one at a time). */
export function answerBytes(reply: ChatReply, meta: CompletionMeta, stream: boolean, includeUsage: boolean): Buffer {
	if (!stream) return Buffer.from(JSON.stringify(completionBody(reply, meta)));
	const events = streamChunks(reply, meta, includeUsage).map((chunk) => sseEvent(chunk));
	return Buffer.from(events.join('') + SSE_DONE);
}

export async function sendChatReply(ex: Exchange, reply: ChatReply, model: string, stream: boolean, includeUsage: boolean): Promise<void> {
	const meta = newCompletionMeta(model);
	if (!stream) {
		sendJson(ex, 200, completionBody(reply, meta), {}, reply.usage.total_tokens);
		return;
	}
	startEventStream(ex, reply.usage.total_tokens);
	const chunks = streamChunks(reply, meta, includeUsage);
	for (const [index, chunk] of chunks.entries()) {
		if (index > 0 && !(await pause(ex.settings.chunkDelayMs, ex.signal))) return;
		if (!(await write(ex.res, sseEvent(chunk), ex.signal))) return;
	}
	if (await write(ex.res, SSE_DONE, ex.signal)) ex.res.end();
}
