// Runs the generated snippets with the network stubbed (see support/run-snippet.ts) and checks
// what they would send: URL, auth header, and the body exactly as edited — quotes, newlines,
// unicode and apostrophes included — plus that they print the answer, streamed or not.
import { afterAll, describe, expect, it } from 'vitest';
import { buildUpstreamUrl, validateEndpoint } from '../../../src/lib/azure/target.ts';
import { generateCode, type RunTarget } from '../../../src/lib/runnable/codegen.ts';
import { PLACEHOLDER_ENDPOINT } from '../../../src/lib/runnable/codegen/request.ts';
import { BODIES, TARGETS, type Case } from './support/cases.ts';
import { cleanupSnippets, CHAT_REPLY, EMBEDDING, STREAM_PIECES, runCurl, runNode, runPython } from './support/run-snippet.ts';

afterAll(cleanupSnippets);

const KEY = "k3y-with-'quote-and-$dollar";
const TOKEN = 'ey.token.value';
const SECRETS = { AZURE_OPENAI_API_KEY: KEY, AZURE_OPENAI_AD_TOKEN: TOKEN };

function originOf(target: RunTarget): string {
	return target.kind === 'mock' ? PLACEHOLDER_ENDPOINT : (validateEndpoint(target.endpoint) as { origin: string }).origin;
}

function urlOf(target: RunTarget, operation: Case['operation']): string {
	// The Responses API is on the v1 API only: a dated target's snippet uses /openai/v1/responses.
	if (operation === 'responses') return `${originOf(target)}/openai/v1/responses${target.apiVersion === 'preview' ? '?api-version=preview' : ''}`;
	return buildUpstreamUrl({ origin: originOf(target), deployment: target.deployment, apiVersion: target.apiVersion, operation });
}

function isBearer(target: RunTarget): boolean {
	return target.kind === 'azure' && target.authType === 'bearer';
}

/** True for the v1 API: GA `v1` or its `preview` channel. */
function isV1Target(target: RunTarget): boolean {
	return target.apiVersion === 'v1' || target.apiVersion === 'preview';
}

/** True when the snippet calls the v1 API: a v1 target, or any Responses call. */
function callsV1(target: RunTarget, operation: Case['operation']): boolean {
	return isV1Target(target) || operation === 'responses';
}

/** The Entra ID scope the SDK token providers ask for: the v1 samples' scope on the v1 API. */
function scopeOf(target: RunTarget, operation: Case['operation']): string {
	return callsV1(target, operation) ? 'https://ai.azure.com/.default' : 'https://cognitiveservices.azure.com/.default';
}

/** The body the REST call must send: as edited; on v1 with `model` set to the deployment. */
function restBody(target: RunTarget, body: Record<string, unknown>, operation: Case['operation']): unknown {
	if (!callsV1(target, operation)) return body;
	const { model: _model, ...rest } = body;
	return { model: target.deployment, ...rest };
}

/** What a program prints for the stub's answer. */
function expectedOutput(operation: Case['operation'], body: Record<string, unknown>): string {
	if (operation === 'embeddings') return `1 embedding(s) of ${EMBEDDING.length} dimensions\n`;
	// Responses streams print the output_text deltas, which carry the same pieces.
	return body.stream === true ? STREAM_PIECES.join('') + '\n' : CHAT_REPLY + '\n';
}

const MATRIX = Object.entries(TARGETS).flatMap(([targetName, target]) => BODIES.map((c) => ({ label: `${targetName} / ${c.name}`, target, ...c })));

describe('curl', () => {
	it.each(MATRIX)('$label: sends the edited body and the secret from the environment', ({ target, operation, body }) => {
		const code = generateCode('curl', target, operation, body);
		const run = runCurl(code, SECRETS);
		expect(run.status, run.stderr).toBe(0);
		const args = run.args!;
		expect(args).toContain(urlOf(target, operation));
		expect(args.includes('-N')).toBe(body.stream === true);
		expect(args[args.indexOf('-H', args.indexOf('Content-Type: application/json') + 1) + 1]).toBe(isBearer(target) ? `Authorization: Bearer ${TOKEN}` : `api-key: ${KEY}`);
		expect(JSON.parse(args[args.indexOf('-d') + 1])).toEqual(restBody(target, body, operation));
		expect(code).not.toContain(KEY);
	});

	it('stops with a clear message when the key is not set', () => {
		const run = runCurl(generateCode('curl', TARGETS['azure key, dated GA'], 'chat/completions', BODIES[0].body));
		expect(run.status).not.toBe(0);
		expect(run.stderr).toMatch(/Set AZURE_OPENAI_API_KEY first/);
		expect(run.args).toBeUndefined();
	});
});

describe('Node.js (fetch)', () => {
	it.each(MATRIX)('$label: posts the edited body and prints the answer', ({ target, operation, body }) => {
		const run = runNode(generateCode('node-fetch', target, operation, body), SECRETS);
		expect(run.status, run.stderr).toBe(0);
		expect(run.captured.url).toBe(urlOf(target, operation));
		expect(run.captured.method).toBe('POST');
		if (isBearer(target)) expect(run.captured.headers.authorization).toBe(`Bearer ${TOKEN}`);
		else expect(run.captured.headers['api-key']).toBe(KEY);
		expect(run.captured.body).toEqual(restBody(target, body, operation));
		expect(run.stdout).toBe(expectedOutput(operation, body));
	});

	it('throws a readable error when the key is not set', () => {
		const run = runNode(generateCode('node-fetch', TARGETS['azure key, v1'], 'chat/completions', BODIES[0].body));
		expect(run.status).not.toBe(0);
		expect(run.stderr).toMatch(/Set AZURE_OPENAI_API_KEY/);
		expect(run.captured).toBeUndefined();
	});
});

describe('Python (requests)', () => {
	it.each(MATRIX)('$label: posts the edited body and prints the answer', ({ target, operation, body }) => {
		const run = runPython(generateCode('python-requests', target, operation, body), SECRETS);
		expect(run.status, run.stderr).toBe(0);
		expect(run.captured.url).toBe(urlOf(target, operation));
		expect(run.captured.headers).toEqual(isBearer(target) ? { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` } : { 'Content-Type': 'application/json', 'api-key': KEY });
		expect(run.captured.json).toEqual(restBody(target, body, operation));
		expect(run.captured.stream).toBe(body.stream === true);
		expect(run.stdout).toBe(expectedOutput(operation, body));
	});

	it('exits with a readable message when the token is not set', () => {
		const run = runPython(generateCode('python-requests', TARGETS['azure bearer, v1'], 'chat/completions', BODIES[0].body));
		expect(run.status).not.toBe(0);
		expect(run.stderr).toMatch(/Set AZURE_OPENAI_AD_TOKEN/);
	});
});

describe('JavaScript (openai SDK), real openai package', () => {
	it.each(MATRIX)('$label: the SDK sends the request to the right place with the right auth', ({ target, operation, body }) => {
		const run = runNode(generateCode('js-openai', target, operation, body), SECRETS);
		expect(run.status, run.stderr).toBe(0);
		// The SDK builds the URL with the WHATWG parser, which lowercases the placeholder host.
		expect(run.captured.url).toBe(new URL(urlOf(target, operation)).href);
		if (isBearer(target)) {
			// The token provider was built with the Azure OpenAI scope.
			expect(run.captured.headers.authorization).toBe(`Bearer stub-token:${scopeOf(target, operation)}`);
			expect(run.captured.headers['api-key']).toBeUndefined();
		} else if (callsV1(target, operation)) {
			expect(run.captured.headers.authorization).toBe(`Bearer ${KEY}`);
		} else {
			expect(run.captured.headers['api-key']).toBe(KEY);
		}
		const { model: _model, ...edited } = body;
		const sent = { ...run.captured.body };
		// Without an explicit encoding_format the SDK asks for base64 and decodes it itself.
		if (operation === 'embeddings' && !('encoding_format' in body)) {
			expect(sent.encoding_format).toBe('base64');
			delete sent.encoding_format;
		}
		expect(sent).toEqual({ model: target.deployment, ...edited });
		expect(run.stdout).toBe(expectedOutput(operation, body));
	});
});

describe('Python (openai SDK), stubbed SDK', () => {
	it.each(MATRIX)('$label: builds the client for the target and passes the whole body', ({ target, operation, body }) => {
		const run = runPython(generateCode('python-openai', target, operation, body), SECRETS);
		expect(run.status, run.stderr).toBe(0);
		const { client, create } = run.captured;
		const secret = isBearer(target) ? `provider:stub-token:${scopeOf(target, operation)}` : KEY;
		if (callsV1(target, operation)) {
			// The preview channel is selected by a default query on every request; GA v1 sends none.
			const query = target.apiVersion === 'preview' ? { default_query: { 'api-version': 'preview' } } : {};
			expect(client).toEqual({ class: 'OpenAI', options: { base_url: `${originOf(target)}/openai/v1/`, ...query, api_key: secret } });
		} else {
			const auth = isBearer(target) ? { azure_ad_token_provider: secret } : { api_key: secret };
			expect(client).toEqual({ class: 'AzureOpenAI', options: { azure_endpoint: originOf(target), api_version: target.apiVersion, ...auth } });
		}
		expect(create.method).toBe(operation === 'embeddings' ? 'embeddings.create' : operation === 'responses' ? 'responses.create' : 'chat.completions.create');
		const { extra_body: extra = {}, ...keywords } = create.kwargs;
		const { model: _model, ...edited } = body;
		expect({ ...keywords, ...extra }).toEqual({ model: target.deployment, ...edited });
		expect(run.stdout).toBe(expectedOutput(operation, body));
	});
});
