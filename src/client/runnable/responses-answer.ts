/**
 * What the run panel shows for the Responses API: the output text, the response's status, and
 * usage with input, output and reasoning tokens, from a whole `response` object or from its
 * named stream events (`response.output_text.delta`, `response.completed`, `response.failed`, …;
 * shapes from the `openai` package's Response and ResponseStreamEvent types). Kept apart from the
 * chat completion handling in answer.ts; pure functions, unknown shapes degrade to showing less.
 */
import type { Usage } from './answer.ts';

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `usage` of a response: input, output (reasoning included) and reasoning tokens. */
export function readResponsesUsage(value: unknown): Usage | undefined {
	if (!isObject(value)) return undefined;
	const usage: Usage = {};
	if (typeof value.input_tokens === 'number') usage.input_tokens = value.input_tokens;
	if (typeof value.output_tokens === 'number') usage.output_tokens = value.output_tokens;
	if (typeof value.total_tokens === 'number') usage.total_tokens = value.total_tokens;
	const details = value.output_tokens_details;
	if (isObject(details) && typeof details.reasoning_tokens === 'number') usage.reasoning_tokens = details.reasoning_tokens;
	return Object.keys(usage).length > 0 ? usage : undefined;
}

/** The text of every output_text part of the output messages (what the SDKs call output_text). */
export function responseOutputText(response: Loose): string {
	if (!Array.isArray(response.output)) return '';
	const parts: string[] = [];
	for (const item of response.output) {
		if (!isObject(item) || item.type !== 'message' || !Array.isArray(item.content)) continue;
		for (const part of item.content) {
			if (!isObject(part)) continue;
			if (part.type === 'output_text' && typeof part.text === 'string') parts.push(part.text);
			else if (part.type === 'refusal' && typeof part.refusal === 'string') parts.push(`(refused) ${part.refusal}`);
		}
	}
	return parts.join('');
}

export interface ResponsesSummary {
	text: string;
	usage?: Usage;
	/** `completed`, `incomplete` (with its reason), `failed`, … */
	status?: string;
	/** The error a failed response carries. */
	error?: string;
}

function statusOf(response: Loose): string | undefined {
	if (typeof response.status !== 'string') return undefined;
	const reason = isObject(response.incomplete_details) && typeof response.incomplete_details.reason === 'string' ? response.incomplete_details.reason : undefined;
	return reason ? `${response.status} (${reason})` : response.status;
}

function errorOf(response: Loose): string | undefined {
	const error = response.error;
	if (!isObject(error)) return undefined;
	const message = typeof error.message === 'string' ? error.message : 'no message';
	return typeof error.code === 'string' ? `${error.code}: ${message}` : message;
}

/** True for a JSON body that is a Responses API `response` object. */
export function isResponseObject(body: unknown): boolean {
	return isObject(body) && body.object === 'response';
}

export function summarizeResponse(response: Loose): ResponsesSummary {
	return { text: responseOutputText(response), usage: readResponsesUsage(response.usage), status: statusOf(response), error: errorOf(response) };
}

/** Running state of a streamed response. */
export interface ResponsesStreamState {
	text: string;
	usage?: Usage;
	status?: string;
	/** Set by response.failed or the stream's own `error` event. */
	error?: string;
	/** A terminal event arrived (completed, incomplete or failed): nothing more will come. */
	finished: boolean;
}

export function newResponsesStreamState(): ResponsesStreamState {
	return { text: '', finished: false };
}

const TERMINAL = new Set(['response.completed', 'response.incomplete', 'response.failed']);

/** Applies one named event's parsed data; returns the text it adds to the answer. */
export function applyResponsesEvent(state: ResponsesStreamState, name: string, data: unknown): string {
	if (!isObject(data)) return '';
	const type = typeof data.type === 'string' ? data.type : name;
	if (type === 'response.output_text.delta' && typeof data.delta === 'string') {
		state.text += data.delta;
		return data.delta;
	}
	if (type === 'error') {
		// The Responses API's own stream error event: { type: 'error', code, message, param }.
		state.error = typeof data.message === 'string' ? (typeof data.code === 'string' ? `${data.code}: ${data.message}` : data.message) : 'The stream reported an error.';
		state.finished = true;
		return '';
	}
	if (isObject(data.response)) {
		const status = statusOf(data.response);
		if (status) state.status = status;
		const usage = readResponsesUsage(data.response.usage);
		if (usage) state.usage = usage;
		if (type === 'response.failed') state.error = errorOf(data.response) ?? 'The response failed.';
	}
	if (TERMINAL.has(type)) state.finished = true;
	return '';
}
