// Structure of the generated snippets: the right URL, auth, streaming and SDK calls per
// language and target. Syntax and behaviour are checked in codegen-syntax / codegen-run.
import { describe, expect, it } from 'vitest';
import { buildUpstreamUrl, validateEndpoint } from '../../../src/lib/azure/target.ts';
import { CODE_LANGUAGES, generateCode, type CodeLanguage, type RunTarget } from '../../../src/lib/runnable/codegen.ts';
import { PLACEHOLDER_DEPLOYMENT, PLACEHOLDER_ENDPOINT } from '../../../src/lib/runnable/codegen/request.ts';
import { BODIES, CHAT_BODY, EMBEDDINGS_BODY, ENDPOINT, STREAM_BODY, TARGETS } from './support/cases.ts';

const LANGUAGES = CODE_LANGUAGES.map((entry) => entry.id);
const REST: CodeLanguage[] = ['curl', 'node-fetch', 'python-requests'];
const SDK: CodeLanguage[] = ['js-openai', 'python-openai'];

function expectedUrl(target: RunTarget, operation: 'chat/completions' | 'embeddings' | 'responses'): string {
	const origin = target.kind === 'mock' ? PLACEHOLDER_ENDPOINT : (validateEndpoint(target.endpoint) as { origin: string }).origin;
	// The Responses API is on the v1 API only, whatever api-version the target names.
	if (operation === 'responses') return `${origin}/openai/v1/responses${target.apiVersion === 'preview' ? '?api-version=preview' : ''}`;
	return buildUpstreamUrl({ origin, deployment: target.deployment, apiVersion: target.apiVersion, operation });
}

/** The text of a snippet's line comments, joined into one string (wrapping undone). */
function commentText(code: string): string {
	return code
		.split('\n')
		.filter((line) => /^\s*(#|\/\/) /.test(line))
		.map((line) => line.replace(/^\s*(#|\/\/) /, ''))
		.join(' ');
}

describe('CODE_LANGUAGES', () => {
	it('lists the eight languages with their display labels', () => {
		expect(CODE_LANGUAGES).toEqual([
			{ id: 'curl', label: 'curl' },
			{ id: 'node-fetch', label: 'Node.js (fetch)' },
			{ id: 'python-requests', label: 'Python (requests)' },
			{ id: 'js-openai', label: 'JavaScript (openai SDK)' },
			{ id: 'ts-openai', label: 'TypeScript (openai SDK)' },
			{ id: 'python-openai', label: 'Python (openai SDK)' },
			{ id: 'csharp-openai', label: 'C# (OpenAI .NET)' },
			{ id: 'java-openai', label: 'Java (openai-java)' },
		]);
	});

	it('refuses an unknown language with a message naming the valid ones', () => {
		expect(() => generateCode('ruby' as CodeLanguage, TARGETS['azure key, v1'], 'chat/completions', {})).toThrow(/curl, node-fetch/);
	});
});

describe.each(Object.entries(TARGETS))('target: %s', (_name, target) => {
	const bearer = target.kind === 'azure' && target.authType === 'bearer';
	const v1Preview = target.apiVersion === 'preview';
	const v1 = target.apiVersion === 'v1' || v1Preview;

	it.each(REST)('%s calls the upstream URL the proxy would call, with the secret from the environment', (language) => {
		for (const { operation, body } of BODIES) {
			const code = generateCode(language, target, operation, body);
			expect(code).toContain(expectedUrl(target, operation));
			if (bearer) {
				expect(code).toContain('AZURE_OPENAI_AD_TOKEN');
				expect(code).toMatch(/Authorization/);
				expect(code).not.toContain('AZURE_OPENAI_API_KEY');
			} else {
				expect(code).toContain('AZURE_OPENAI_API_KEY');
				expect(code).toContain('api-key');
				expect(code).not.toMatch(/Bearer/);
			}
			if (v1Preview) {
				expect(code).toContain(`/openai/v1/${operation}?api-version=preview`);
				expect(code).not.toContain('/deployments/');
			} else if (v1) {
				expect(code).not.toContain('api-version');
			} else if (operation === 'responses') {
				expect(commentText(code)).toContain(`The Responses API is served on the v1 API only (/openai/v1/responses), so this snippet uses it instead of api-version ${target.apiVersion}.`);
				expect(code).not.toContain('/deployments/');
			}
		}
	});

	it.each(SDK)('%s configures the client for the api-version and auth', (language) => {
		const code = generateCode(language, target, 'chat/completions', CHAT_BODY);
		const js = language === 'js-openai';
		if (v1) {
			expect(code).toMatch(js ? /new OpenAI\(/ : /= OpenAI\(/);
			expect(code).toContain(`${target.kind === 'mock' ? PLACEHOLDER_ENDPOINT : ENDPOINT}/openai/v1/`);
			expect(code).toContain(js ? 'baseURL:' : 'base_url=');
			expect(code).not.toMatch(/AzureOpenAI/);
			// The preview channel rides on every request as a default query parameter; GA v1 has none.
			if (v1Preview) expect(code).toContain(js ? 'defaultQuery: { "api-version": "preview" },' : 'default_query={"api-version": "preview"},');
			else expect(code).not.toMatch(/defaultQuery|default_query|api-version/);
		} else {
			expect(code).toMatch(/AzureOpenAI\(/);
			expect(code).toContain(target.apiVersion);
			expect(code).toContain(js ? 'endpoint:' : 'azure_endpoint=');
		}
		if (bearer) {
			expect(code).toContain('DefaultAzureCredential');
			expect(code).toContain(js ? 'getBearerTokenProvider' : 'get_bearer_token_provider');
			// Microsoft's v1 samples ask for the ai.azure.com scope; the dated-route samples for cognitiveservices.
			expect(code).toContain(v1 ? 'https://ai.azure.com/.default' : 'https://cognitiveservices.azure.com/.default');
			expect(code).not.toContain('AZURE_OPENAI_API_KEY');
		} else {
			expect(code).toContain('AZURE_OPENAI_API_KEY');
			expect(code).not.toContain('DefaultAzureCredential');
		}
		expect(code).toMatch(js ? /model: "[^"]+"/ : /model="[^"]+"/);
		expect(code).toContain(target.deployment);
	});

	it.each(LANGUAGES)('%s: a mock failure deployment is replaced by the placeholder deployment', (language) => {
		const code = generateCode(language, { kind: 'mock', deployment: 'fault-drip', apiVersion: '2024-10-21' }, 'chat/completions', CHAT_BODY);
		expect(code).not.toContain('fault-drip');
		expect(code).toContain(PLACEHOLDER_DEPLOYMENT);
		expect(generateCode(language, { kind: 'mock', deployment: 'gpt-4o-mini', apiVersion: '2024-10-21' }, 'chat/completions', CHAT_BODY)).toContain('gpt-4o-mini');
	});

	it.each(LANGUAGES)('%s: mock targets use the placeholder endpoint and say to replace it', (language) => {
		const code = generateCode(language, target, 'chat/completions', CHAT_BODY);
		if (target.kind === 'mock') {
			expect(code).toContain(PLACEHOLDER_ENDPOINT);
			expect(commentText(code)).toMatch(/Replace https:\/\/YOUR-RESOURCE\.openai\.azure\.com with your resource's endpoint/);
		} else {
			expect(code).not.toContain(PLACEHOLDER_ENDPOINT);
			expect(code).toContain(ENDPOINT);
		}
	});
});

describe('streaming', () => {
	const target = TARGETS['azure key, dated GA'];
	it('curl turns off buffering with -N only for streaming bodies', () => {
		expect(generateCode('curl', target, 'chat/completions', STREAM_BODY)).toMatch(/^curl -sS -N /m);
		expect(generateCode('curl', target, 'chat/completions', CHAT_BODY)).not.toMatch(/ -N /);
	});
	it('fetch reads the body stream and parses data: lines', () => {
		const code = generateCode('node-fetch', target, 'chat/completions', STREAM_BODY);
		expect(code).toContain('for await (const bytes of response.body)');
		expect(code).toContain('"data:"');
		expect(code).toContain('[DONE]');
		expect(generateCode('node-fetch', target, 'chat/completions', CHAT_BODY)).not.toContain('response.body');
	});
	it('requests uses stream=True with iter_lines', () => {
		const code = generateCode('python-requests', target, 'chat/completions', STREAM_BODY);
		expect(code).toContain('stream=True');
		expect(code).toContain('iter_lines()');
		expect(code).toMatch(/^import json$/m);
		expect(generateCode('python-requests', target, 'chat/completions', CHAT_BODY)).not.toContain('iter_lines');
	});
	it('the SDKs iterate the stream', () => {
		expect(generateCode('js-openai', target, 'chat/completions', STREAM_BODY)).toContain('for await (const chunk of stream)');
		expect(generateCode('python-openai', target, 'chat/completions', STREAM_BODY)).toContain('for chunk in stream:');
	});
	it('stream: false or a non-boolean stream does not generate streaming code', () => {
		for (const stream of [false, 'true', 1]) {
			expect(generateCode('js-openai', target, 'chat/completions', { ...STREAM_BODY, stream })).not.toContain('for await');
		}
	});
	it('embeddings never stream', () => {
		expect(generateCode('curl', target, 'embeddings', { ...EMBEDDINGS_BODY, stream: true })).not.toMatch(/ -N /);
	});
});

describe('embeddings', () => {
	it('the SDKs call embeddings.create', () => {
		for (const target of Object.values(TARGETS)) {
			expect(generateCode('js-openai', target, 'embeddings', EMBEDDINGS_BODY)).toContain('client.embeddings.create(');
			expect(generateCode('python-openai', target, 'embeddings', EMBEDDINGS_BODY)).toContain('client.embeddings.create(');
		}
	});
});

describe('Python SDK arguments', () => {
	it('passes known parameters as keywords and other fields through extra_body', () => {
		const code = generateCode('python-openai', TARGETS['azure key, dated GA'], 'chat/completions', CHAT_BODY);
		expect(code).toMatch(/^ {4}messages=\[/m);
		expect(code).toMatch(/^ {4}temperature=0\.3,$/m);
		expect(code).toMatch(/^ {4}stop=None,$/m);
		expect(code).toMatch(/^ {4}logprobs=False,$/m);
		expect(code).toMatch(/^ {4}extra_body=\{$/m);
		expect(code).toMatch(/^ {8}"data_sources": \[/m);
		expect(code).toMatch(/"in-scope": True/);
		expect(code).not.toMatch(/^ {4}data_sources=/m);
	});
});

describe('values that are not valid are never copied into code', () => {
	const hostile: RunTarget = { kind: 'azure', endpoint: "https://x.openai.azure.com/'; rm -rf ~; echo '", deployment: 'a/../../b"; $(id)', apiVersion: "2024-10-21'&x=1", authType: 'api-key' };
	it.each(LANGUAGES)('%s uses placeholders and explains why', (language) => {
		const code = generateCode(language, hostile, 'chat/completions', { messages: [] });
		expect(code).not.toContain('rm -rf');
		expect(code).not.toContain('$(id)');
		expect(code).not.toContain('&x=1');
		expect(code).toContain(PLACEHOLDER_ENDPOINT);
		expect(code).toContain(PLACEHOLDER_DEPLOYMENT);
		expect(commentText(code)).toMatch(/endpoint you entered is not valid/);
		expect(commentText(code)).toMatch(/deployment name is not valid/);
		expect(commentText(code)).toMatch(/api-version is not valid/);
	});

	it('a bearer target with a valid endpoint keeps the endpoint and canonicalises it', () => {
		const code = generateCode('curl', { kind: 'azure', endpoint: ' HTTPS://Contoso-AI.OpenAI.Azure.com/ ', deployment: 'gpt-4o-mini', apiVersion: 'v1', authType: 'bearer' }, 'chat/completions', {});
		expect(code).toContain(`'${ENDPOINT}/openai/v1/chat/completions'`);
	});
});

describe('the body as edited', () => {
	it('dated REST calls send the body unchanged, v1 calls put the deployment in model', () => {
		const body = { model: 'something-else', messages: [{ role: 'user', content: 'hi' }] };
		const dated = generateCode('python-requests', TARGETS['azure key, dated GA'], 'chat/completions', body);
		expect(dated).toContain('"model": "something-else"');
		const v1 = generateCode('python-requests', TARGETS['azure key, v1'], 'chat/completions', body);
		expect(v1).toContain('"model": "gpt-4o-mini"');
		expect(v1).not.toContain('something-else');
	});

	it('treats a missing or non-object body as an empty request', () => {
		for (const body of [undefined, null, 'text', 42]) {
			const code = generateCode('js-openai', TARGETS['azure key, v1'], 'chat/completions', body);
			expect(code).toContain('create({\n  model: "gpt-4o-mini",\n})');
		}
	});
});
