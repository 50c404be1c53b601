/** Node.js snippet using the built-in fetch (Node 18+), as an ES module with top-level await. */
import { commentBlock } from './comments.ts';
import { jsLiteral, quotedString } from './literals.ts';
import { AD_TOKEN_ENV, API_KEY_ENV, type CodeRequest } from './request.ts';

function authLines(request: CodeRequest): { setup: string; header: string } {
	if (request.auth === 'bearer') {
		return {
			setup:
				`const token = process.env.${AD_TOKEN_ENV};\n` +
				`if (!token) throw new Error(${quotedString(`Set ${AD_TOKEN_ENV} to a Microsoft Entra ID token, for example from: az account get-access-token --resource https://cognitiveservices.azure.com --query accessToken --output tsv`)});\n`,
			header: '"Authorization": `Bearer ${token}`',
		};
	}
	return {
		setup: `const apiKey = process.env.${API_KEY_ENV};\n` + `if (!apiKey) throw new Error(${quotedString(`Set ${API_KEY_ENV} to one of your resource's keys (Azure portal, Keys and Endpoint).`)});\n`,
		header: '"api-key": apiKey',
	};
}

// Reads server-sent events line by line; Azure's first chunk carries only
// prompt_filter_results and an empty choices array, hence the optional chaining.
const STREAM_READER = `const decoder = new TextDecoder();
let buffered = "";
for await (const bytes of response.body) {
  buffered += decoder.decode(bytes, { stream: true });
  const lines = buffered.split("\\n");
  buffered = lines.pop();
  for (const line of lines) {
    if (!line.startsWith("data:")) continue;
    const data = line.slice("data:".length).trim();
    if (data === "[DONE]") continue;
    const chunk = JSON.parse(data);
    process.stdout.write(chunk.choices?.[0]?.delta?.content ?? "");
  }
}
process.stdout.write("\\n");
`;

// Responses API events are named (`event: response.output_text.delta`); the data line repeats the
// name as `type`, so only data lines are read. There is no [DONE] line: the stream just ends.
const RESPONSES_STREAM_READER = `const decoder = new TextDecoder();
let buffered = "";
for await (const bytes of response.body) {
  buffered += decoder.decode(bytes, { stream: true });
  const lines = buffered.split("\\n");
  buffered = lines.pop();
  for (const line of lines) {
    if (!line.startsWith("data:")) continue;
    const event = JSON.parse(line.slice("data:".length));
    if (event.type === "response.output_text.delta") process.stdout.write(event.delta);
    // A stream that fails after it started says so in an event, not in the HTTP status.
    if (event.type === "response.failed") throw new Error(\`The response failed: \${event.response.error?.message}\`);
    if (event.type === "error") throw new Error(\`The stream reported an error: \${event.message}\`);
  }
}
process.stdout.write("\\n");
`;

// The REST body has no output_text (the SDKs add it): join the text parts of the output messages.
const RESPONSES_RESULT = `const result = await response.json();
const text = result.output
  .filter((item) => item.type === "message")
  .flatMap((item) => item.content)
  .filter((part) => part.type === "output_text")
  .map((part) => part.text)
  .join("");
console.log(text);
`;

function resultLines(request: CodeRequest): string {
	if (request.operation === 'responses') return request.streaming ? RESPONSES_STREAM_READER : RESPONSES_RESULT;
	if (request.streaming) return STREAM_READER;
	if (request.operation === 'embeddings') {
		return 'const result = await response.json();\nconsole.log(`${result.data.length} embedding(s) of ${result.data[0].embedding.length} dimensions`);\n';
	}
	return 'const completion = await response.json();\nconsole.log(completion.choices[0].message.content);\n';
}

export function nodeFetchSnippet(request: CodeRequest): string {
	const { setup, header } = authLines(request);
	return (
		commentBlock('//', [...request.notes, 'Node.js 18 or later: save as call.mjs and run node call.mjs.']) +
		setup +
		'\n' +
		`const url = ${quotedString(request.url)};\n` +
		`const body = ${jsLiteral(request.body)};\n` +
		'\n' +
		'const response = await fetch(url, {\n' +
		'  method: "POST",\n' +
		`  headers: { "Content-Type": "application/json", ${header} },\n` +
		'  body: JSON.stringify(body),\n' +
		'});\n' +
		'if (!response.ok) {\n' +
		'  throw new Error(`Azure OpenAI answered ${response.status}: ${await response.text()}`);\n' +
		'}\n' +
		resultLines(request)
	);
}
