// Reads and checks a chat completions request body the way the service does, returning either
// the few fields the mock needs or the 400 the service would send.

import { invalidRequest, type ErrorAnswer } from './azure-errors.ts';

export type ChatMessage = { role: string; text: string };

export type ChatRequest = {
	messages: ChatMessage[];
	maxTokens: number | null;
	stream: boolean;
	includeUsage: boolean;
};

const ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);

type Parsed = { ok: true; request: ChatRequest } | { ok: false; error: ErrorAnswer };

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of a message's content, which may be a string or an array of typed parts. */
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

export function parseChatRequest(body: unknown): Parsed {
	if (!isRecord(body)) {
		return { ok: false, error: invalidRequest('The request body must be a JSON object.', null, 'invalid_type') };
	}
	if (body.messages === undefined) {
		return { ok: false, error: invalidRequest("Missing required parameter: 'messages'.", 'messages', 'missing_required_parameter') };
	}
	if (!Array.isArray(body.messages) || body.messages.length === 0) {
		return {
			ok: false,
			error: invalidRequest("Invalid 'messages': expected a non-empty array of message objects.", 'messages', 'invalid_value'),
		};
	}
	const messages: ChatMessage[] = [];
	for (const [index, message] of body.messages.entries()) {
		if (!isRecord(message) || typeof message.role !== 'string' || !ROLES.has(message.role)) {
			return {
				ok: false,
				error: invalidRequest(`Invalid 'messages[${index}].role': expected one of system, developer, user, assistant, tool.`, `messages[${index}].role`, 'invalid_value'),
			};
		}
		messages.push({ role: message.role, text: contentText(message.content) });
	}

	// max_completion_tokens is the newer name; either one limits the reply.
	const limit = body.max_completion_tokens ?? body.max_tokens;
	let maxTokens: number | null = null;
	if (limit !== undefined && limit !== null) {
		if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
			const param = body.max_completion_tokens !== undefined ? 'max_completion_tokens' : 'max_tokens';
			return { ok: false, error: invalidRequest(`Invalid '${param}': expected an integer of at least 1.`, param, 'invalid_value') };
		}
		maxTokens = limit;
	}

	if (body.stream !== undefined && body.stream !== null && typeof body.stream !== 'boolean') {
		return { ok: false, error: invalidRequest("Invalid 'stream': expected true or false.", 'stream', 'invalid_type') };
	}
	const stream = body.stream === true;
	const options = body.stream_options;
	if (options !== undefined && options !== null) {
		if (!stream) {
			return {
				ok: false,
				error: invalidRequest("The 'stream_options' parameter is only allowed when 'stream' is enabled.", 'stream_options', 'invalid_value'),
			};
		}
		if (!isRecord(options)) {
			return { ok: false, error: invalidRequest("Invalid 'stream_options': expected an object.", 'stream_options', 'invalid_type') };
		}
	}
	const includeUsage = stream && isRecord(options) && options.include_usage === true;
	return { ok: true, request: { messages, maxTokens, stream, includeUsage } };
}
