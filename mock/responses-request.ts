// Reads and checks a Responses API request body (POST /openai/v1/responses) the way the service
// does, returning the few fields the mock needs or the 400 the service would send. Field names and
// shapes follow the `openai` package's ResponseCreateParams (node_modules/openai/resources/responses).

import { invalidRequest, type ErrorAnswer } from './azure-errors.ts';
import type { ChatMessage } from './chat-request.ts';

export type ResponsesRequest = {
	/** The conversation as role + text, for the deterministic reply (a string input is one user message). */
	messages: ChatMessage[];
	instructions: string | null;
	/** `max_output_tokens`: reasoning and visible output tokens together. */
	maxOutputTokens: number | null;
	stream: boolean;
	/** The service stores responses unless `store: false` (echoed on the response object). */
	store: boolean;
	reasoningEffort: string | null;
	temperature: number | null;
	topP: number | null;
	/** The request as sent, for echoing fields such as `metadata` on the response object. */
	raw: Record<string, unknown>;
};

type Parsed = { ok: true; request: ResponsesRequest } | { ok: false; error: ErrorAnswer };

const ROLES = new Set(['system', 'developer', 'user', 'assistant']);
const EFFORTS = new Set(['none', 'minimal', 'low', 'medium', 'high', 'xhigh']);

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of an input item's content: a string, or parts such as `{type: 'input_text', text}`. */
function contentText(content: unknown): string {
	if (typeof content === 'string') return content;
	if (Array.isArray(content)) {
		return content
			.map((part) => (isRecord(part) && typeof part.text === 'string' ? part.text : ''))
			.filter((text) => text !== '')
			.join('\n');
	}
	return '';
}

function fail(message: string, param: string | null, code: string | null): Parsed {
	return { ok: false, error: invalidRequest(message, param, code) };
}

function readInput(input: unknown): { ok: true; messages: ChatMessage[] } | { ok: false; parsed: Parsed } {
	if (typeof input === 'string') return { ok: true, messages: [{ role: 'user', text: input }] };
	if (!Array.isArray(input)) {
		return { ok: false, parsed: fail("Invalid type for 'input': expected a string or an array of input items.", 'input', 'invalid_type') };
	}
	const messages: ChatMessage[] = [];
	for (const [index, item] of input.entries()) {
		if (!isRecord(item)) {
			return { ok: false, parsed: fail(`Invalid type for 'input[${index}]': expected an object.`, `input[${index}]`, 'invalid_type') };
		}
		// Items other than messages (function call outputs, references) carry no text for the reply.
		if (item.type !== undefined && item.type !== 'message') continue;
		if (typeof item.role !== 'string' || !ROLES.has(item.role)) {
			return {
				ok: false,
				parsed: fail(`Invalid value for 'input[${index}].role': expected one of user, assistant, system, developer.`, `input[${index}].role`, 'invalid_value'),
			};
		}
		messages.push({ role: item.role, text: contentText(item.content) });
	}
	return { ok: true, messages };
}

function optionalNumber(body: Record<string, unknown>, name: string): { ok: true; value: number | null } | { ok: false; parsed: Parsed } {
	const value = body[name];
	if (value === undefined || value === null) return { ok: true, value: null };
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		return { ok: false, parsed: fail(`Invalid type for '${name}': expected a number.`, name, 'invalid_type') };
	}
	return { ok: true, value };
}

export function parseResponsesRequest(body: unknown): Parsed {
	if (!isRecord(body)) return fail('The request body must be a JSON object.', null, 'invalid_type');
	if (body.input === undefined) return fail("Missing required parameter: 'input'.", 'input', 'missing_required_parameter');
	const input = readInput(body.input);
	if (!input.ok) return input.parsed;

	if (body.instructions !== undefined && body.instructions !== null && typeof body.instructions !== 'string') {
		return fail("Invalid type for 'instructions': expected a string.", 'instructions', 'invalid_type');
	}
	const instructions = typeof body.instructions === 'string' ? body.instructions : null;

	let maxOutputTokens: number | null = null;
	const limit = body.max_output_tokens;
	if (limit !== undefined && limit !== null) {
		// The service's minimum for max_output_tokens is 16.
		if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 16) {
			return fail("Invalid 'max_output_tokens': integer below minimum value. Expected a value >= 16.", 'max_output_tokens', 'integer_below_min_value');
		}
		maxOutputTokens = limit;
	}

	if (body.stream !== undefined && body.stream !== null && typeof body.stream !== 'boolean') {
		return fail("Invalid type for 'stream': expected a boolean.", 'stream', 'invalid_type');
	}
	if (body.store !== undefined && body.store !== null && typeof body.store !== 'boolean') {
		return fail("Invalid type for 'store': expected a boolean.", 'store', 'invalid_type');
	}
	if (body.background === true) {
		// The site relays creation only; a background response would have to be polled by id.
		return fail("The local mock does not run background responses: send 'background': false or leave it out.", 'background', 'unsupported_value');
	}

	let reasoningEffort: string | null = null;
	if (body.reasoning !== undefined && body.reasoning !== null) {
		if (!isRecord(body.reasoning)) return fail("Invalid type for 'reasoning': expected an object.", 'reasoning', 'invalid_type');
		const effort = body.reasoning.effort;
		if (effort !== undefined && effort !== null) {
			if (typeof effort !== 'string' || !EFFORTS.has(effort)) {
				return fail(`Invalid value for 'reasoning.effort': expected one of ${[...EFFORTS].join(', ')}.`, 'reasoning.effort', 'invalid_value');
			}
			reasoningEffort = effort;
		}
	}

	const temperature = optionalNumber(body, 'temperature');
	if (!temperature.ok) return temperature.parsed;
	const topP = optionalNumber(body, 'top_p');
	if (!topP.ok) return topP.parsed;

	return {
		ok: true,
		request: {
			messages: instructions === null ? input.messages : [{ role: 'developer', text: instructions }, ...input.messages],
			instructions,
			maxOutputTokens,
			stream: body.stream === true,
			store: body.store !== false,
			reasoningEffort,
			temperature: temperature.value,
			topP: topP.value,
			raw: body,
		},
	};
}
