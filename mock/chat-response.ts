// Turns a reply into what Azure sends: one chat.completion object, or the ordered list of
// stream chunks (prompt annotations, role, content pieces, finish, optional usage).

import type { ChatReply } from './chat-reply.ts';
import { choiceFilterResults, promptFilterResults } from './content-filter.ts';

export type CompletionMeta = { id: string; created: number; model: string };

/** Keeps chunk ids stable across one response and recognisable as the mock's. */
export const SYSTEM_FINGERPRINT = 'fp_mock0001';

/** Tokens per content chunk: small enough that a reader sees text arrive in pieces. */
const TOKENS_PER_CHUNK = 3;

export function completionBody(reply: ChatReply, meta: CompletionMeta): Record<string, unknown> {
	return {
		choices: [
			{
				content_filter_results: choiceFilterResults(),
				finish_reason: reply.finishReason,
				index: 0,
				logprobs: null,
				message: { content: reply.content, refusal: null, role: 'assistant' },
			},
		],
		created: meta.created,
		id: meta.id,
		model: meta.model,
		object: 'chat.completion',
		prompt_filter_results: promptFilterResults(),
		system_fingerprint: SYSTEM_FINGERPRINT,
		usage: reply.usage,
	};
}

/** Splits the reply tokens into the text of each content chunk. */
export function contentPieces(tokens: string[]): string[] {
	const pieces: string[] = [];
	for (let i = 0; i < tokens.length; i += TOKENS_PER_CHUNK) {
		pieces.push(tokens.slice(i, i + TOKENS_PER_CHUNK).join(''));
	}
	return pieces;
}

/** Every chunk of the stream in order, without the closing `[DONE]` marker. */
export function streamChunks(reply: ChatReply, meta: CompletionMeta, includeUsage: boolean): Record<string, unknown>[] {
	const base = {
		created: meta.created,
		id: meta.id,
		model: meta.model,
		object: 'chat.completion.chunk',
		system_fingerprint: SYSTEM_FINGERPRINT,
	};
	// With include_usage every chunk but the last carries `usage: null`, as the service does.
	const usageNull = includeUsage ? { usage: null } : {};
	const choiceChunk = (choice: Record<string, unknown>) => ({
		choices: [{ index: 0, logprobs: null, finish_reason: null, ...choice }],
		...base,
		...usageNull,
	});

	const chunks: Record<string, unknown>[] = [
		// Azure's first chunk holds only the prompt annotations and blank identity fields.
		{ choices: [], created: 0, id: '', model: '', object: '', prompt_filter_results: promptFilterResults() },
		choiceChunk({ content_filter_results: {}, delta: { content: '', refusal: null, role: 'assistant' } }),
	];
	for (const piece of contentPieces(reply.tokens)) {
		chunks.push(choiceChunk({ content_filter_results: choiceFilterResults(), delta: { content: piece } }));
	}
	chunks.push(choiceChunk({ content_filter_results: {}, delta: {}, finish_reason: reply.finishReason }));
	if (includeUsage) chunks.push({ choices: [], ...base, usage: reply.usage });
	return chunks;
}

/** One server-sent event line pair for a chunk. */
export function sseEvent(data: unknown): string {
	return `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

export const SSE_DONE = 'data: [DONE]\n\n';
