// The deterministic answer of a Responses request: the same text the chat deployment gives for the
// same conversation, cut by `max_output_tokens`, and usage counted the way the Responses API counts
// it: input tokens, output tokens including the model's hidden reasoning tokens.

import { composeReplyText, countPromptTokens } from './chat-reply.ts';
import type { ResponsesRequest } from './responses-request.ts';
import { tokenize } from './tokenize.ts';

export type ResponsesUsage = {
	input_tokens: number;
	input_tokens_details: { cached_tokens: number };
	output_tokens: number;
	output_tokens_details: { reasoning_tokens: number };
	total_tokens: number;
};

export type ResponsesReply = {
	tokens: string[];
	text: string;
	/** `incomplete` when `max_output_tokens` cut the answer (incomplete_details.reason max_output_tokens). */
	status: 'completed' | 'incomplete';
	/** Whether the model reasons first (a reasoning item precedes the message, reasoning tokens are billed). */
	reasoning: boolean;
	usage: ResponsesUsage;
};

/**
 * Hidden reasoning tokens a reasoning model spends per effort. Real counts vary per request; fixed
 * figures keep the mock deterministic while showing that reasoning tokens count as output.
 */
const REASONING_TOKENS: Record<string, number> = { none: 0, minimal: 0, low: 16, medium: 64, high: 192, xhigh: 384 };
const DEFAULT_EFFORT = 'medium';

export function reasoningTokensFor(effort: string | null): number {
	return REASONING_TOKENS[effort ?? DEFAULT_EFFORT] ?? REASONING_TOKENS[DEFAULT_EFFORT];
}

/** Builds the reply; `text` overrides the composed answer (fault-html sends markup). */
export function buildResponsesReply(deployment: string, request: ResponsesRequest, reasoningModel: boolean, text?: string): ResponsesReply {
	const all = tokenize(text ?? composeReplyText(deployment, request.messages));
	const reasoningTokens = reasoningModel ? reasoningTokensFor(request.reasoningEffort) : 0;
	const budget = request.maxOutputTokens === null ? Infinity : Math.max(0, request.maxOutputTokens - reasoningTokens);
	const cut = all.length > budget;
	const tokens = cut ? all.slice(0, budget) : all;
	const spentReasoning = request.maxOutputTokens === null ? reasoningTokens : Math.min(reasoningTokens, request.maxOutputTokens);
	const inputTokens = countPromptTokens(request.messages);
	const outputTokens = tokens.length + spentReasoning;
	return {
		tokens,
		text: tokens.join(''),
		status: cut ? 'incomplete' : 'completed',
		reasoning: reasoningModel,
		usage: {
			input_tokens: inputTokens,
			input_tokens_details: { cached_tokens: 0 },
			output_tokens: outputTokens,
			output_tokens_details: { reasoning_tokens: spentReasoning },
			total_tokens: inputTokens + outputTokens,
		},
	};
}
