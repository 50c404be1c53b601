// POST /openai/v1/responses on the mock: the working chat deployments answer with the Responses
// API's objects and events, and every fault deployment breaks the way it does for chat, in the
// Responses stream's own terms (plus fault-response-failed, a stream ending in response.failed).

import { findModel, parameterRulesFor } from '../src/lib/catalog/index.ts';
import * as errors from './azure-errors.ts';
import { CHAT_MODEL, HTML_FAULT_CONTENT, type DeploymentBehaviour } from './deployments.ts';
import { dropConnection, headersFor, sendError, sendJson, startEventStream, type Exchange } from './exchange.ts';
import { drip, holdSilent, PADDING_MARKER, sendPaddedJson } from './faults.ts';
import { pause } from './io.ts';
import { newResponseMeta, responseObject, streamEvents } from './responses-body.ts';
import { responsesAnswerBytes, sendResponsesReply, streamResponsesOpening, writeEvents } from './responses-answer.ts';
import { buildResponsesReply } from './responses-reply.ts';
import { parseResponsesRequest, type ResponsesRequest } from './responses-request.ts';

/** Model the fault deployments report (they stand in for the default chat deployment). */
const FAULT_MODEL = CHAT_MODEL;

/** Reasoning models (the catalog's kind) spend hidden reasoning tokens before answering. */
export function isReasoningModel(catalogModel: string): boolean {
	return findModel(catalogModel)?.kind === 'reasoning';
}

/**
 * The model's parameter rules (catalog) on a Responses body: sampling parameters a reasoning model
 * takes only at their default are refused the same way as on chat completions; the chat names of
 * the token limit are refused for the Responses API's own, max_output_tokens (the same 400 shape).
 */
function checkResponsesRules(catalogModel: string, body: Record<string, unknown>): errors.ErrorAnswer | null {
	for (const param of ['max_tokens', 'max_completion_tokens']) {
		if (body[param] !== undefined && body[param] !== null) return errors.unsupportedParameter(param, 'max_output_tokens');
	}
	for (const rule of parameterRulesFor(catalogModel).defaultOnly) {
		const value = body[rule.param];
		if (typeof value === 'number' && value !== rule.value) return errors.unsupportedValue(rule.param, value, rule.value);
	}
	return null;
}

/** Stands in when the body is not a valid Responses request; network faults ignore it anyway. */
const FALLBACK_REQUEST: ResponsesRequest = {
	messages: [],
	instructions: null,
	maxOutputTokens: null,
	stream: true,
	store: true,
	reasoningEffort: null,
	temperature: null,
	topP: null,
	raw: {},
};

export async function answerResponses(ex: Exchange, behaviour: DeploymentBehaviour, deployment: string, body: unknown): Promise<void> {
	const parsed = parseResponsesRequest(body);
	if (behaviour.kind === 'chat') {
		if (!findModel(behaviour.catalogModel)?.operations.includes('responses')) {
			return sendError(ex, errors.operationNotSupported('responses', behaviour.model));
		}
		if (!parsed.ok) return sendError(ex, parsed.error);
		const refused = checkResponsesRules(behaviour.catalogModel, parsed.request.raw);
		if (refused) return sendError(ex, refused);
		const reply = buildResponsesReply(deployment, parsed.request, isReasoningModel(behaviour.catalogModel));
		return sendResponsesReply(ex, reply, parsed.request, behaviour.model);
	}
	if (behaviour.kind !== 'fault') return;
	const request = parsed.ok ? parsed.request : FALLBACK_REQUEST;
	const reply = () => buildResponsesReply(deployment, request, false);
	switch (behaviour.fault) {
		case 'stall':
			return holdSilent(ex);
		case 'stall-midstream':
			if (await streamResponsesOpening(ex, reply(), request, FAULT_MODEL, 2)) await holdSilent(ex);
			return;
		case 'reset':
			if (await streamResponsesOpening(ex, reply(), request, FAULT_MODEL, 3)) dropConnection(ex);
			return;
		case 'huge': {
			const padded = { ...reply(), text: PADDING_MARKER };
			return sendPaddedJson(ex, JSON.stringify(responseObject(padded, request, newResponseMeta(FAULT_MODEL), 'completed')));
		}
		case 'invalid-json': {
			// Cut off mid-object: what a broken gateway or a truncated buffer delivers.
			const text = '{"id":"resp_broken","object":"response","status":"completed","output":[{"type":"message","content":[{"type":"output_text","text":"This answer stops in the mid';
			ex.res.writeHead(200, headersFor(ex, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) }));
			ex.res.end(text);
			return;
		}
	}
	// The remaining faults answer with real content, so they need a valid request.
	if (!parsed.ok) return sendError(ex, parsed.error);
	switch (behaviour.fault) {
		case 'drip':
			return drip(ex, responsesAnswerBytes(reply(), request, newResponseMeta(FAULT_MODEL)), request.stream);
		case 'html':
			return sendResponsesReply(ex, buildResponsesReply(deployment, request, false, HTML_FAULT_CONTENT), request, FAULT_MODEL);
		case 'think':
			return thinkThenAnswer(ex, reply(), request);
		case 'response-failed':
			// Without a stream there is no event to carry the failure: the service answers 500.
			if (!request.stream) return sendError(ex, errors.internalServerError(ex.requestId));
			return sendResponsesReply(ex, reply(), request, FAULT_MODEL, 2);
	}
}

/**
 * `slow-thinking` on the Responses API: the stream's lifecycle events (response.created,
 * response.in_progress) at once, then silence for `thinkMs` while the model reasons, then the
 * rest of the answer; without a stream, the response object after the same silence.
 */
async function thinkThenAnswer(ex: Exchange, reply: ReturnType<typeof buildResponsesReply>, request: ResponsesRequest): Promise<void> {
	const meta = newResponseMeta(FAULT_MODEL);
	if (!request.stream) {
		if (await pause(ex.settings.thinkMs, ex.signal)) sendJson(ex, 200, responseObject(reply, request, meta, reply.status), {}, reply.usage.total_tokens);
		return;
	}
	startEventStream(ex, reply.usage.total_tokens);
	const events = streamEvents(reply, request, meta);
	const opening = events.findIndex((event) => event.type === 'response.in_progress') + 1 || 1;
	if (!(await writeEvents(ex, events.slice(0, opening)))) return;
	if (!(await pause(ex.settings.thinkMs, ex.signal))) return;
	if (await writeEvents(ex, events.slice(opening))) ex.res.end();
}
