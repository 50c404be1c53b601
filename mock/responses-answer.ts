// Sends a Responses answer as the service does: one JSON `response` object, or a paced stream of
// named server-sent events. Also the pieces the fault deployments need (the whole answer as bytes,
// the first few events of a stream).

import { sendJson, startEventStream, type Exchange } from './exchange.ts';
import { pause, write } from './io.ts';
import { namedEvent, newResponseMeta, responseObject, streamEvents, type ResponseMeta, type StreamEvent } from './responses-body.ts';
import type { ResponsesReply } from './responses-reply.ts';
import type { ResponsesRequest } from './responses-request.ts';

/** The bytes of a full answer (used by `fault-drip`, which sends them one at a time). */
export function responsesAnswerBytes(reply: ResponsesReply, request: ResponsesRequest, meta: ResponseMeta): Buffer {
	if (!request.stream) return Buffer.from(JSON.stringify(responseObject(reply, request, meta, reply.status)));
	return Buffer.from(streamEvents(reply, request, meta).map(namedEvent).join(''));
}

/** Writes events with the mock's pause between them; false when the client left. */
export async function writeEvents(ex: Exchange, events: StreamEvent[]): Promise<boolean> {
	for (const [index, event] of events.entries()) {
		if (index > 0 && !(await pause(ex.settings.chunkDelayMs, ex.signal))) return false;
		if (!(await write(ex.res, namedEvent(event), ex.signal))) return false;
	}
	return true;
}

/** Sends the answer; `failAfter` makes a stream end with response.failed after that many deltas. */
export async function sendResponsesReply(ex: Exchange, reply: ResponsesReply, request: ResponsesRequest, model: string, failAfter?: number): Promise<void> {
	const meta = newResponseMeta(model);
	if (!request.stream) {
		sendJson(ex, 200, responseObject(reply, request, meta, reply.status), {}, reply.usage.total_tokens);
		return;
	}
	startEventStream(ex, reply.usage.total_tokens);
	if (await writeEvents(ex, streamEvents(reply, request, meta, failAfter))) ex.res.end();
}

/** Streams the events up to and including the `count`-th text delta, for the mid-stream faults. */
export async function streamResponsesOpening(ex: Exchange, reply: ResponsesReply, request: ResponsesRequest, model: string, count: number): Promise<boolean> {
	startEventStream(ex);
	const events = streamEvents(reply, request, newResponseMeta(model));
	let deltas = 0;
	const cut = events.findIndex((event) => event.type === 'response.output_text.delta' && ++deltas === count);
	return writeEvents(ex, cut === -1 ? events : events.slice(0, cut + 1));
}
