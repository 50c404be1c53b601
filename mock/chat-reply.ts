// The deterministic reply of the chat deployment: the same messages always give the same text,
// cut at the token limit the request sets, with token counts from the mock tokenizer.

import type { ChatMessage, ChatRequest } from './chat-request.ts';
import { countTokens, tokenize } from './tokenize.ts';

export type ChatReply = {
	/** The reply split into tokens; joined, they are the content. */
	tokens: string[];
	content: string;
	finishReason: 'stop' | 'length';
	usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
};

const SUMMARY_WORDS = 12;

/** The first words of the last user message, so a reader sees their request reflected. */
function summarizeLastUserMessage(messages: ChatMessage[]): string {
	const last = messages.findLast((message) => message.role === 'user');
	const words = (last?.text ?? '').trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return '';
	const head = words.slice(0, SUMMARY_WORDS).join(' ');
	return words.length > SUMMARY_WORDS ? `${head} …` : head;
}

export function composeReplyText(deployment: string, messages: ChatMessage[]): string {
	const summary = summarizeLastUserMessage(messages);
	const asked = summary === '' ? 'Your request had no user message.' : `You asked: "${summary}"`;
	return (
		`Hello from the local mock deployment "${deployment}". ${asked} ` +
		'This answer is generated from your request, so sending the same request again gives the same answer. ' +
		'Point the same code at your Azure OpenAI resource to get a real model reply.'
	);
}

/** Prompt size: every message's tokens plus a small fixed cost per message, as chat formats add. */
export function countPromptTokens(messages: ChatMessage[]): number {
	return messages.reduce((sum, message) => sum + countTokens(message.text) + 4, 3);
}

/** Builds the reply for `text`, honouring the request's token limit. */
export function buildReply(text: string, request: ChatRequest): ChatReply {
	const all = tokenize(text);
	const cut = request.maxTokens !== null && all.length > request.maxTokens;
	const tokens = cut ? all.slice(0, request.maxTokens ?? 0) : all;
	const promptTokens = countPromptTokens(request.messages);
	return {
		tokens,
		content: tokens.join(''),
		finishReason: cut ? 'length' : 'stop',
		usage: { prompt_tokens: promptTokens, completion_tokens: tokens.length, total_tokens: promptTokens + tokens.length },
	};
}
