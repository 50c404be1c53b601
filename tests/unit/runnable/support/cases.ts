/** The targets and bodies the codegen tests run every language against. */
import type { RunTarget } from '../../../../src/lib/runnable/codegen.ts';

export const ENDPOINT = 'https://contoso-ai.openai.azure.com';

export const TARGETS: Record<string, RunTarget> = {
	'azure key, dated GA': { kind: 'azure', endpoint: ENDPOINT + '/', deployment: 'gpt-4o-mini', apiVersion: '2024-10-21', authType: 'api-key' },
	'azure bearer, dated preview': { kind: 'azure', endpoint: ENDPOINT, deployment: 'chat_prod.v2', apiVersion: '2025-04-01-preview', authType: 'bearer' },
	'azure key, v1': { kind: 'azure', endpoint: ENDPOINT, deployment: 'gpt-4o-mini', apiVersion: 'v1', authType: 'api-key' },
	'azure bearer, v1': { kind: 'azure', endpoint: ENDPOINT, deployment: 'gpt-4o-mini', apiVersion: 'v1', authType: 'bearer' },
	'mock, dated': { kind: 'mock', deployment: 'gpt-4o-mini', apiVersion: '2024-10-21' },
	'mock, v1': { kind: 'mock', deployment: 'text-embedding-3-small', apiVersion: 'v1' },
	// The v1 API's preview channel: /openai/v1/... with ?api-version=preview.
	'azure key, v1 preview': { kind: 'azure', endpoint: ENDPOINT, deployment: 'gpt-4o-mini', apiVersion: 'preview', authType: 'api-key' },
	'azure bearer, v1 preview': { kind: 'azure', endpoint: ENDPOINT, deployment: 'gpt-4o-mini', apiVersion: 'preview', authType: 'bearer' },
};

/** Text that breaks naive quoting in every language at once. */
export const TRICKY_TEXT = `It's "quoted" \\ back\\slash, $HOME \`ticks\` $(id) \${x}\nnew line\ttab, ünïcödé 日本語 😀, line sep \u2028 para \u2029, nul-ish \u0001, '''triple''' """too"""`;

export const CHAT_BODY = {
	messages: [
		{ role: 'system', content: TRICKY_TEXT },
		{ role: 'user', content: "Summarize: it's fine." },
	],
	temperature: 0.3,
	max_tokens: 120,
	stop: null,
	logprobs: false,
	// An Azure-only field: the Python SDK must get it through extra_body.
	data_sources: [{ type: 'azure_search', parameters: { 'in-scope': true, top_n_documents: 5 } }],
	// A key that is not an identifier, and (below) one that is special in object literals.
	'odd key with spaces': [1, 2.5, -3e-7],
	// Spread defines "__proto__" as a plain data property, as JSON.parse of an edited body does.
	...(JSON.parse('{"__proto__": "kept as data"}') as object),
};

export const STREAM_BODY = { messages: [{ role: 'user', content: 'Tell me a story about "quotes" and \'apostrophes\'.' }], stream: true, stream_options: { include_usage: true } };

export const EMBEDDINGS_BODY = { input: ['first ünïcode text', "second's text"], dimensions: 256 };

export const RESPONSES_BODY = {
	input: [
		{ role: 'developer', content: TRICKY_TEXT },
		{ role: 'user', content: "Summarize: it's fine." },
	],
	max_output_tokens: 200,
	store: false,
	reasoning: { effort: 'low' },
	metadata: { 'odd key with spaces': 'value' },
	// A field newer than the SDKs know: the Python SDK must get it through extra_body.
	'odd key with spaces': [1, 2.5, -3e-7],
};

export const RESPONSES_STREAM_BODY = { input: 'Tell me a story about "quotes" and \'apostrophes\'.', stream: true };

export type Case = { name: string; operation: 'chat/completions' | 'embeddings' | 'responses'; body: Record<string, unknown> };

export const BODIES: Case[] = [
	{ name: 'chat', operation: 'chat/completions', body: CHAT_BODY },
	{ name: 'streaming chat', operation: 'chat/completions', body: STREAM_BODY },
	{ name: 'embeddings', operation: 'embeddings', body: EMBEDDINGS_BODY },
	{ name: 'responses', operation: 'responses', body: RESPONSES_BODY },
	{ name: 'streaming responses', operation: 'responses', body: RESPONSES_STREAM_BODY },
];
