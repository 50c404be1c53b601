// Turns a Responses reply into what the service sends: one `response` object, or the ordered list
// of named stream events. Shapes and the event order follow the `openai` package's types
// (Response, ResponseStreamEvent in resources/responses/responses.d.ts) and OpenAI's streaming
// guide: response.created, response.in_progress, output_item.added, content_part.added,
// output_text.delta…, output_text.done, content_part.done, output_item.done, then
// response.completed (or response.incomplete when max_output_tokens cut the answer), each with a
// rising sequence_number. Unlike chat completions there is no `data: [DONE]` line.

import { randomBytes } from 'node:crypto';
import { contentPieces } from './chat-response.ts';
import type { ResponsesReply } from './responses-reply.ts';
import type { ResponsesRequest } from './responses-request.ts';

export type ResponseMeta = { id: string; messageId: string; reasoningId: string; createdAt: number; model: string };

export function newResponseMeta(model: string): ResponseMeta {
	const hex = () => randomBytes(24).toString('hex');
	return { id: `resp_${hex()}`, messageId: `msg_${hex()}`, reasoningId: `rs_${hex()}`, createdAt: Math.floor(Date.now() / 1000), model };
}

export type StreamEvent = { type: string } & Record<string, unknown>;

type Status = 'in_progress' | 'completed' | 'incomplete' | 'failed';

function outputText(text: string): Record<string, unknown> {
	return { type: 'output_text', annotations: [], logprobs: [], text };
}

function messageItem(meta: ResponseMeta, status: Status, text: string | null): Record<string, unknown> {
	return { id: meta.messageId, type: 'message', status, content: text === null ? [] : [outputText(text)], role: 'assistant' };
}

function reasoningItem(meta: ResponseMeta): Record<string, unknown> {
	// Reasoning stays hidden: the item carries an empty summary unless one is requested.
	return { id: meta.reasoningId, type: 'reasoning', summary: [] };
}

/** The `response` object; `output` and `usage` are left out while it is still in progress. */
export function responseObject(reply: ResponsesReply, request: ResponsesRequest, meta: ResponseMeta, status: Status, error: { code: string; message: string } | null = null): Record<string, unknown> {
	const done = status === 'completed' || status === 'incomplete';
	const raw = request.raw;
	const output = done ? [...(reply.reasoning ? [reasoningItem(meta)] : []), messageItem(meta, status, reply.text)] : [];
	return {
		id: meta.id,
		object: 'response',
		created_at: meta.createdAt,
		status,
		background: false,
		completed_at: status === 'completed' ? meta.createdAt : null,
		error,
		incomplete_details: status === 'incomplete' ? { reason: 'max_output_tokens' } : null,
		instructions: request.instructions,
		max_output_tokens: request.maxOutputTokens,
		metadata: raw.metadata ?? {},
		model: meta.model,
		output,
		parallel_tool_calls: raw.parallel_tool_calls ?? true,
		previous_response_id: raw.previous_response_id ?? null,
		reasoning: { effort: reply.reasoning ? (request.reasoningEffort ?? 'medium') : null, summary: null },
		service_tier: 'default',
		store: request.store,
		temperature: request.temperature ?? 1,
		text: raw.text ?? { format: { type: 'text' } },
		tool_choice: raw.tool_choice ?? 'auto',
		tools: raw.tools ?? [],
		top_p: request.topP ?? 1,
		truncation: raw.truncation ?? 'disabled',
		usage: done ? reply.usage : null,
		user: raw.user ?? null,
	};
}

/** Every event of the stream, in order. `failAfter` ends it after that many text deltas with response.failed. */
export function streamEvents(reply: ResponsesReply, request: ResponsesRequest, meta: ResponseMeta, failAfter?: number): StreamEvent[] {
	const events: Omit<StreamEvent, 'sequence_number'>[] = [];
	events.push({ type: 'response.created', response: responseObject(reply, request, meta, 'in_progress') });
	events.push({ type: 'response.in_progress', response: responseObject(reply, request, meta, 'in_progress') });
	let outputIndex = 0;
	if (reply.reasoning) {
		events.push({ type: 'response.output_item.added', output_index: 0, item: { ...reasoningItem(meta) } });
		events.push({ type: 'response.output_item.done', output_index: 0, item: reasoningItem(meta) });
		outputIndex = 1;
	}
	const where = { item_id: meta.messageId, output_index: outputIndex, content_index: 0 };
	events.push({ type: 'response.output_item.added', output_index: outputIndex, item: messageItem(meta, 'in_progress', null) });
	events.push({ type: 'response.content_part.added', ...where, part: outputText('') });
	for (const [index, piece] of contentPieces(reply.tokens).entries()) {
		if (failAfter !== undefined && index === failAfter) {
			const error = { code: 'server_error', message: 'The model failed to generate a response. You can retry your request.' };
			events.push({ type: 'response.failed', response: responseObject(reply, request, meta, 'failed', error) });
			return withSequence(events);
		}
		events.push({ type: 'response.output_text.delta', ...where, delta: piece, logprobs: [] });
	}
	events.push({ type: 'response.output_text.done', ...where, text: reply.text, logprobs: [] });
	events.push({ type: 'response.content_part.done', ...where, part: outputText(reply.text) });
	events.push({ type: 'response.output_item.done', output_index: outputIndex, item: messageItem(meta, reply.status, reply.text) });
	events.push({
		type: reply.status === 'completed' ? 'response.completed' : 'response.incomplete',
		response: responseObject(reply, request, meta, reply.status),
	});
	return withSequence(events);
}

function withSequence(events: Omit<StreamEvent, 'sequence_number'>[]): StreamEvent[] {
	return events.map((event, index) => ({ ...event, sequence_number: index }) as unknown as StreamEvent);
}

/** One named server-sent event: `event: <type>` then its JSON as `data:`. */
export function namedEvent(event: StreamEvent): string {
	return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}
