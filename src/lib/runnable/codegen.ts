/**
 * Code samples for a runnable request, generated from the request as the reader edited it:
 * the body pretty-printed in the language's own literal syntax, the reader's endpoint and
 * deployment filled in, and the key or token always read from the environment (or a token
 * provider), never written into the code.
 *
 * Pure and browser-safe: no Node built-ins, no DOM.
 */
import { curlSnippet } from './codegen/curl.ts';
import { jsOpenAISnippet } from './codegen/js-openai.ts';
import { nodeFetchSnippet } from './codegen/node-fetch.ts';
import { pythonOpenAISnippet } from './codegen/python-openai.ts';
import { pythonRequestsSnippet } from './codegen/python-requests.ts';
import { csharpOpenAISnippet } from './codegen/csharp-openai.ts';
import { javaOpenAISnippet } from './codegen/java-openai.ts';
import { tsOpenAISnippet } from './codegen/ts-openai.ts';
import { describeRequest, type CodeRequest } from './codegen/request.ts';
import type { CodeLanguage, CodeOperation, RunTarget } from './codegen/types.ts';

export type { CodeLanguage, CodeOperation, RunTarget } from './codegen/types.ts';

export const CODE_LANGUAGES: { id: CodeLanguage; label: string }[] = [
	{ id: 'curl', label: 'curl' },
	{ id: 'node-fetch', label: 'Node.js (fetch)' },
	{ id: 'python-requests', label: 'Python (requests)' },
	{ id: 'js-openai', label: 'JavaScript (openai SDK)' },
	{ id: 'ts-openai', label: 'TypeScript (openai SDK)' },
	{ id: 'python-openai', label: 'Python (openai SDK)' },
	{ id: 'csharp-openai', label: 'C# (OpenAI .NET)' },
	{ id: 'java-openai', label: 'Java (openai-java)' },
];

const GENERATORS: Record<CodeLanguage, (request: CodeRequest) => string> = {
	curl: curlSnippet,
	'node-fetch': nodeFetchSnippet,
	'python-requests': pythonRequestsSnippet,
	'js-openai': jsOpenAISnippet,
	'ts-openai': tsOpenAISnippet,
	'python-openai': pythonOpenAISnippet,
	'csharp-openai': csharpOpenAISnippet,
	'java-openai': javaOpenAISnippet,
};

/**
 * A complete, runnable snippet calling `operation` on the target with `body`.
 * Invalid endpoint or deployment values are replaced by placeholders with a comment saying so.
 */
export function generateCode(language: CodeLanguage, target: RunTarget, operation: CodeOperation, body: unknown): string {
	const generator = GENERATORS[language];
	if (!generator) throw new RangeError(`No code generator for "${String(language)}"; use one of ${CODE_LANGUAGES.map((entry) => entry.id).join(', ')}.`);
	const known: CodeOperation = operation === 'embeddings' || operation === 'responses' ? operation : 'chat/completions';
	return generator(describeRequest(target, known, body));
}
