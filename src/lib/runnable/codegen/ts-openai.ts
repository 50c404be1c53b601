/**
 * TypeScript snippet using the openai npm package. It differs from the JavaScript one where types
 * help: the request is declared with the SDK's own parameter type (so an editor completes and
 * checks every field, and `tsc` refuses a misspelt one), and it is saved as an .mts module.
 */
import { commentBlock } from './comments.ts';
import { callLines, clientLines } from './js-openai.ts';
import { jsLiteral } from './literals.ts';
import type { CodeRequest } from './request.ts';

/** The openai package's type for the create() parameters of each operation. */
function paramsType(request: CodeRequest): string {
	if (request.operation === 'embeddings') return 'OpenAI.EmbeddingCreateParams';
	const variant = request.streaming ? 'Streaming' : 'NonStreaming';
	if (request.operation === 'responses') return `OpenAI.Responses.ResponseCreateParams${variant}`;
	return `OpenAI.Chat.ChatCompletionCreateParams${variant}`;
}

export function tsOpenAISnippet(request: CodeRequest): string {
	const install = request.auth === 'bearer' ? 'npm install openai @azure/identity' : 'npm install openai';
	let client = clientLines(request);
	// The dated-route client is AzureOpenAI; the parameter types live on the default export.
	if (!request.v1) client = client.replace('import { AzureOpenAI } from "openai";', 'import OpenAI, { AzureOpenAI } from "openai";');
	return (
		commentBlock('//', [...request.notes, `Needs: ${install}. Save as call.mts and run node call.mts (Node.js 22.18 or later runs TypeScript directly; or npx tsx call.mts).`]) +
		client +
		'\n' +
		`const params: ${paramsType(request)} = ${jsLiteral(request.sdkParams)};\n` +
		callLines(request, 'params')
	);
}
