/**
 * Python snippet using the openai package: `AzureOpenAI` for dated api-versions, the plain
 * `OpenAI` client with `base_url` = `{endpoint}/openai/v1/` for the v1 API (plus
 * `default_query={"api-version": "preview"}` for its preview channel). Bearer auth uses
 * azure-identity's token provider.
 */
import { commentBlock } from './comments.ts';
import { pythonLiteral, quotedString, type Json } from './literals.ts';
import { API_KEY_ENV, type CodeRequest } from './request.ts';

// Keyword arguments the SDK's create() methods accept. Anything else in the body (Azure-only
// fields such as data_sources, or fields newer than the reader's SDK) goes through
// extra_body, because create() raises TypeError on unknown keyword arguments.
const CHAT_PARAMS = new Set([
	'messages',
	'model',
	'audio',
	'frequency_penalty',
	'function_call',
	'functions',
	'logit_bias',
	'logprobs',
	'max_completion_tokens',
	'max_tokens',
	'metadata',
	'modalities',
	'n',
	'parallel_tool_calls',
	'prediction',
	'presence_penalty',
	'prompt_cache_key',
	'reasoning_effort',
	'response_format',
	'safety_identifier',
	'seed',
	'service_tier',
	'stop',
	'store',
	'stream',
	'stream_options',
	'temperature',
	'tool_choice',
	'tools',
	'top_logprobs',
	'top_p',
	'user',
	'verbosity',
	'web_search_options',
]);
const EMBEDDING_PARAMS = new Set(['input', 'model', 'dimensions', 'encoding_format', 'user']);
// The keyword arguments of client.responses.create() (the openai package's ResponseCreateParams).
const RESPONSES_PARAMS = new Set([
	'background',
	'context_management',
	'conversation',
	'include',
	'input',
	'instructions',
	'max_output_tokens',
	'max_tool_calls',
	'metadata',
	'model',
	'parallel_tool_calls',
	'previous_response_id',
	'prompt',
	'prompt_cache_key',
	'prompt_cache_retention',
	'reasoning',
	'safety_identifier',
	'service_tier',
	'store',
	'stream',
	'stream_options',
	'temperature',
	'text',
	'tool_choice',
	'tools',
	'top_logprobs',
	'top_p',
	'truncation',
	'user',
]);

function splitParams(request: CodeRequest): { known: [string, Json][]; extra: { [key: string]: Json } } {
	const accepted = request.operation === 'embeddings' ? EMBEDDING_PARAMS : request.operation === 'responses' ? RESPONSES_PARAMS : CHAT_PARAMS;
	const entries = Object.entries(request.sdkParams);
	// Object.fromEntries defines plain properties, so a "__proto__" field stays a field.
	return {
		known: entries.filter(([key]) => accepted.has(key)),
		extra: Object.fromEntries(entries.filter(([key]) => !accepted.has(key))),
	};
}

function callArguments(request: CodeRequest): string {
	const { known, extra } = splitParams(request);
	const lines = known.map(([key, value]) => `    ${key}=${pythonLiteral(value, '    ')},\n`);
	if (Object.keys(extra).length > 0) lines.push(`    extra_body=${pythonLiteral(extra, '    ')},\n`);
	return '(\n' + lines.join('') + ')';
}

function clientLines(request: CodeRequest): string {
	const bearer = request.auth === 'bearer';
	const clientClass = request.v1 ? 'OpenAI' : 'AzureOpenAI';
	let text = bearer ? 'from azure.identity import DefaultAzureCredential, get_bearer_token_provider\n' : 'import os\n\n';
	text += `from openai import ${clientClass}\n\n`;
	if (bearer) {
		text += `token_provider = get_bearer_token_provider(DefaultAzureCredential(), ${quotedString(request.tokenScope)})\n`;
	} else {
		text +=
			`api_key = os.environ.get(${quotedString(API_KEY_ENV)})\n` +
			'if not api_key:\n' +
			`    raise SystemExit(${quotedString(`Set ${API_KEY_ENV} to one of your resource's keys (Azure portal, Keys and Endpoint).`)})\n`;
	}
	// The v1 client accepts a token provider callable as api_key and sends it as a bearer token.
	const secret = bearer ? (request.v1 ? '    api_key=token_provider,\n' : '    azure_ad_token_provider=token_provider,\n') : '    api_key=api_key,\n';
	const options = request.v1
		? `    base_url=${quotedString(request.v1BaseUrl)},\n` +
			// default_query is appended to every request the client makes.
			(request.v1Query ? `    default_query={"api-version": ${quotedString(request.v1Query)}},\n` : '') +
			secret
		: `    azure_endpoint=${quotedString(request.endpoint)},\n` + `    api_version=${quotedString(request.apiVersion)},\n` + secret;
	return text + `\nclient = ${clientClass}(\n${options})\n`;
}

function callLines(request: CodeRequest): string {
	const args = callArguments(request);
	if (request.operation === 'responses') {
		if (request.streaming) {
			return (
				`stream = client.responses.create${args}\n` +
				'for event in stream:\n' +
				'    if event.type == "response.output_text.delta":\n' +
				'        print(event.delta, end="", flush=True)\n' +
				'    # A stream that fails after it started says so in an event, not in the HTTP status.\n' +
				'    elif event.type == "response.failed":\n' +
				'        raise SystemExit(f"The response failed: {event.response.error}")\n' +
				'print()\n'
			);
		}
		// output_text joins the text of every output message (the SDK adds it; the REST body has only output).
		return `response = client.responses.create${args}\n` + 'print(response.output_text)\n';
	}
	if (request.operation === 'embeddings') {
		return `result = client.embeddings.create${args}\n` + 'print(f"{len(result.data)} embedding(s) of {len(result.data[0].embedding)} dimensions")\n';
	}
	if (request.streaming) {
		return (
			`stream = client.chat.completions.create${args}\n` +
			'for chunk in stream:\n' +
			"    # Azure's first chunk holds only prompt_filter_results, with no choices.\n" +
			'    delta = chunk.choices[0].delta if chunk.choices else None\n' +
			'    if delta and delta.content:\n' +
			'        print(delta.content, end="", flush=True)\n' +
			'print()\n'
		);
	}
	return `completion = client.chat.completions.create${args}\n` + 'print(completion.choices[0].message.content)\n';
}

export function pythonOpenAISnippet(request: CodeRequest): string {
	const install = request.auth === 'bearer' ? 'pip install openai azure-identity' : 'pip install openai';
	return commentBlock('#', [...request.notes, `Needs: ${install}`]) + clientLines(request) + '\n' + callLines(request);
}
