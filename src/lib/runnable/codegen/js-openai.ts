/**
 * JavaScript snippet using the openai npm package: `AzureOpenAI` for dated api-versions, the
 * plain `OpenAI` client with `baseURL` = `{endpoint}/openai/v1/` for the v1 API (plus
 * `defaultQuery: { "api-version": "preview" }` for its preview channel). Bearer auth
 * uses @azure/identity's token provider, which fetches and refreshes tokens itself.
 */
import { commentBlock } from './comments.ts';
import { jsLiteral, quotedString } from './literals.ts';
import { API_KEY_ENV, type CodeRequest } from './request.ts';

export function clientLines(request: CodeRequest): string {
	const bearer = request.auth === 'bearer';
	const imports = request.v1 ? 'import OpenAI from "openai";\n' : 'import { AzureOpenAI } from "openai";\n';
	const credential = bearer
		? 'import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";\n' +
			imports +
			'\n' +
			`const tokenProvider = getBearerTokenProvider(new DefaultAzureCredential(), ${quotedString(request.tokenScope)});\n`
		: imports +
			'\n' +
			`const apiKey = process.env.${API_KEY_ENV};\n` +
			`if (!apiKey) throw new Error(${quotedString(`Set ${API_KEY_ENV} to one of your resource's keys (Azure portal, Keys and Endpoint).`)});\n`;
	// The v1 client takes a token provider function as apiKey and sends it as a bearer token.
	// AzureOpenAI also reads AZURE_OPENAI_API_KEY when apiKey is left out, and refuses a key and a
	// token provider together; apiKey: null keeps a key in the reader's shell from breaking this.
	const secret = bearer
		? request.v1
			? '  apiKey: tokenProvider,\n'
			: '  azureADTokenProvider: tokenProvider,\n  apiKey: null, // stops AzureOpenAI also reading a key from the environment (it refuses key + token)\n'
		: '  apiKey,\n';
	const options = request.v1
		? `  baseURL: ${quotedString(request.v1BaseUrl)},\n` +
			// defaultQuery is appended to every request the client makes.
			(request.v1Query ? `  defaultQuery: { "api-version": ${quotedString(request.v1Query)} },\n` : '') +
			secret
		: `  endpoint: ${quotedString(request.endpoint)},\n` + `  apiVersion: ${quotedString(request.apiVersion)},\n` + `  deployment: ${quotedString(request.deployment)},\n` + secret;
	return credential + `const client = new ${request.v1 ? 'OpenAI' : 'AzureOpenAI'}({\n${options}});\n`;
}

/** The call and the printing of its answer; `params` is the expression passed to create(). */
export function callLines(request: CodeRequest, params: string = jsLiteral(request.sdkParams)): string {
	if (request.operation === 'responses') {
		if (request.streaming) {
			return (
				`const stream = await client.responses.create(${params});\n` +
				'for await (const event of stream) {\n' +
				'  if (event.type === "response.output_text.delta") process.stdout.write(event.delta);\n' +
				'  // A stream that fails after it started says so in an event, not in the HTTP status.\n' +
				'  if (event.type === "response.failed") throw new Error(`The response failed: ${event.response.error?.message}`);\n' +
				'  if (event.type === "error") throw new Error(`The stream reported an error: ${event.message}`);\n' +
				'}\n' +
				'process.stdout.write("\\n");\n'
			);
		}
		// output_text joins the text of every output message (the SDK adds it; the REST body has only output).
		return `const response = await client.responses.create(${params});\n` + 'console.log(response.output_text);\n';
	}
	if (request.operation === 'embeddings') {
		return `const result = await client.embeddings.create(${params});\n` + 'console.log(`${result.data.length} embedding(s) of ${result.data[0].embedding.length} dimensions`);\n';
	}
	if (request.streaming) {
		return (
			`const stream = await client.chat.completions.create(${params});\n` +
			'for await (const chunk of stream) {\n' +
			"  // Azure's first chunk holds only prompt_filter_results, with no choices.\n" +
			'  process.stdout.write(chunk.choices[0]?.delta?.content ?? "");\n' +
			'}\n' +
			'process.stdout.write("\\n");\n'
		);
	}
	return `const completion = await client.chat.completions.create(${params});\n` + 'console.log(completion.choices[0].message.content);\n';
}

export function jsOpenAISnippet(request: CodeRequest): string {
	const install = request.auth === 'bearer' ? 'npm install openai @azure/identity' : 'npm install openai';
	return commentBlock('//', [...request.notes, `Needs: ${install}. Save as call.mjs and run node call.mjs.`]) + clientLines(request) + '\n' + callLines(request);
}
