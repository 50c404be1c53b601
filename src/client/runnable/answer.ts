/**
 * Turns what Azure OpenAI answers into what the run panel shows: the answer text, the token
 * usage and the finish reason. Pure functions over parsed JSON; unknown shapes degrade to
 * showing less, never to throwing.
 */
export interface Usage {
	prompt_tokens?: number;
	completion_tokens?: number;
	total_tokens?: number;
	/** The Responses API's names: input, output (reasoning included) and reasoning tokens. */
	input_tokens?: number;
	output_tokens?: number;
	reasoning_tokens?: number;
}

export interface AnswerSummary {
	text: string;
	usage?: Usage;
	finishReason?: string;
	/** Responses API: the response's status (`completed`, `incomplete (max_output_tokens)`, `failed`). */
	status?: string;
	/** Responses API: the error of a failed response. */
	error?: string;
}

import { isResponseObject, summarizeResponse } from './responses-answer.ts';

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

function readUsage(value: unknown): Usage | undefined {
	if (!isObject(value)) return undefined;
	const usage: Usage = {};
	for (const key of ['prompt_tokens', 'completion_tokens', 'total_tokens'] as const) {
		if (typeof value[key] === 'number') usage[key] = value[key] as number;
	}
	return Object.keys(usage).length > 0 ? usage : undefined;
}

function embeddingPreview(item: Loose, position: number): string {
	const vector = item.embedding;
	const index = typeof item.index === 'number' ? item.index : position;
	if (typeof vector === 'string') return `Embedding ${index}: base64, ${vector.length} characters`;
	if (!Array.isArray(vector)) return `Embedding ${index}: (no vector)`;
	const head = vector.slice(0, 6).map((n) => (typeof n === 'number' ? n.toFixed(6) : String(n)));
	return `Embedding ${index}: ${vector.length} numbers [${head.join(', ')}${vector.length > 6 ? ', …' : ''}]`;
}

/** Summarises a complete (non-streamed) JSON answer of either operation. */
export function summarizeJsonAnswer(body: unknown): AnswerSummary {
	if (!isObject(body)) return { text: typeof body === 'string' ? body : JSON.stringify(body, null, 2) };
	if (isResponseObject(body)) {
		const summary = summarizeResponse(body as Loose);
		return { text: summary.text, usage: summary.usage, status: summary.status, error: summary.error };
	}
	const usage = readUsage(body.usage);
	if (Array.isArray(body.data)) {
		return { text: body.data.filter(isObject).map(embeddingPreview).join('\n'), usage };
	}
	if (Array.isArray(body.choices)) {
		const choices = body.choices.filter(isObject);
		const parts = choices.map((choice) => {
			const message = isObject(choice.message) ? choice.message : {};
			if (typeof message.content === 'string') return message.content;
			if (typeof message.refusal === 'string') return `(refused) ${message.refusal}`;
			if (Array.isArray(message.tool_calls)) return `Tool calls:\n${JSON.stringify(message.tool_calls, null, 2)}`;
			return '(no content)';
		});
		const text = parts.length > 1 ? parts.map((part, i) => `— choice ${i} —\n${part}`).join('\n\n') : (parts[0] ?? '');
		const finish = choices[0]?.finish_reason;
		return { text, usage, finishReason: typeof finish === 'string' ? finish : undefined };
	}
	return { text: JSON.stringify(body, null, 2), usage };
}

/** Running state of a streamed chat answer. */
export interface StreamState {
	text: string;
	usage?: Usage;
	finishReason?: string;
	/** Chunks seen, including Azure's first prompt-annotation chunk and the usage chunk. */
	chunks: number;
	/** True once Azure's first chunk (empty choices, prompt_filter_results) was seen. */
	promptFiltered: boolean;
}

export function newStreamState(): StreamState {
	return { text: '', chunks: 0, promptFiltered: false };
}

/**
 * Applies one parsed `chat.completion.chunk` and returns the text it adds. Handles the first
 * chunk with empty `choices` (prompt filter results only), the role-only chunk, content-filter
 * chunks without a delta, and the final usage chunk (`choices: []`, `usage: {…}`).
 */
export function applyStreamChunk(state: StreamState, chunk: unknown): string {
	state.chunks += 1;
	if (!isObject(chunk)) return '';
	if (Array.isArray(chunk.prompt_filter_results)) state.promptFiltered = true;
	const usage = readUsage(chunk.usage);
	if (usage) state.usage = usage;
	if (!Array.isArray(chunk.choices)) return '';
	let added = '';
	for (const choice of chunk.choices) {
		// Only the first choice is shown while streaming; n > 1 streams interleave.
		if (!isObject(choice) || (typeof choice.index === 'number' && choice.index !== 0)) continue;
		const delta = isObject(choice.delta) ? choice.delta : {};
		if (typeof delta.content === 'string') added += delta.content;
		if (typeof choice.finish_reason === 'string') state.finishReason = choice.finish_reason;
	}
	state.text += added;
	return added;
}
