// The languages that cannot run here (C#, Java) and TypeScript: the endpoint, the route, the
// deployment and the body in the generated code are read back out of the code and must be the
// edited request. (curl, fetch, requests and both openai SDKs are run with recording stubs for the
// same check in codegen-run.test.ts, and against the real mock in tests/http/codegen/.)
import { describe, expect, it } from 'vitest';
import { validateEndpoint } from '../../../src/lib/azure/target.ts';
import { generateCode, type RunTarget } from '../../../src/lib/runnable/codegen.ts';
import { PLACEHOLDER_ENDPOINT } from '../../../src/lib/runnable/codegen/request.ts';
import { BODIES, TARGETS, type Case } from './support/cases.ts';

type Read = { baseUrl: string; route: string; body: unknown; query?: string };

/** Undoes a C# raw string literal: the text between the delimiter lines, less the closing line's indent. */
function csharpRaw(code: string): string {
	const match = /BinaryData\.FromString\(("{3,})\n([\s\S]*?)\n([ \t]*)\1\)/.exec(code);
	if (!match) throw new Error('no raw string literal in the C# snippet');
	const indent = match[3];
	return match[2]
		.split('\n')
		.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
		.join('\n');
}

function readCsharp(code: string): Read {
	const baseUrl = /Endpoint = new Uri\("([^"]+)"\)/.exec(code)![1];
	const client = /^(\w+) client = new\(/m.exec(code)![1];
	const route = { ResponsesClient: 'responses', ChatClient: 'chat/completions', EmbeddingClient: 'embeddings' }[client]!;
	return { baseUrl, route, body: JSON.parse(csharpRaw(code)) };
}

/** Undoes a Java text block: strip the common indent, then process the escapes Java would. */
function javaTextBlock(code: string): string {
	const match = /String body = """\n([\s\S]*?)\n([ \t]*)""";/.exec(code);
	if (!match) throw new Error('no text block in the Java snippet');
	const indent = match[2];
	const text = match[1]
		.split('\n')
		.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
		.join('\n');
	return text.replace(/\\(["\\])/g, '$1');
}

function readJava(code: string): Read {
	const baseUrl = /\.baseUrl\("([^"]+)"\)/.exec(code)![1];
	const service = /(client\.responses\(\)|client\.chat\(\)\.completions\(\)|client\.embeddings\(\))/.exec(code)![1];
	const route = { 'client.responses()': 'responses', 'client.chat().completions()': 'chat/completions', 'client.embeddings()': 'embeddings' }[service]!;
	const query = /\.putQueryParam\("api-version", "([^"]+)"\)/.exec(code)?.[1];
	return { baseUrl, route, body: JSON.parse(javaTextBlock(code)), query };
}

function readTypeScript(code: string): Read {
	const baseUrl = /baseURL: "([^"]+)"/.exec(code)?.[1] ?? /endpoint: "([^"]+)"/.exec(code)![1];
	const route = /client\.(responses|chat\.completions|embeddings)\.create\(params\)/.exec(code)![1].replace('.', '/');
	const literal = /^const params: [\w.]+ = ([\s\S]*?\n});$/m.exec(code)![1];
	// The literal is plain JavaScript object syntax (the type is on the declaration only).
	const body = new Function(`return (${literal});`)() as unknown;
	const query = /defaultQuery: \{ "api-version": "([^"]+)" \}/.exec(code)?.[1];
	return { baseUrl, route, body: JSON.parse(JSON.stringify(body)), query };
}

function originOf(target: RunTarget): string {
	return target.kind === 'mock' ? PLACEHOLDER_ENDPOINT : (validateEndpoint(target.endpoint) as { origin: string }).origin;
}

/** The body the v1 API gets: as edited, the deployment in `model` first. */
function v1Body(target: RunTarget, body: Record<string, unknown>): unknown {
	const { model: _model, ...rest } = body;
	return { model: target.deployment, ...rest };
}

const MATRIX = Object.entries(TARGETS)
	.filter(([, target]) => target.kind === 'azure')
	.flatMap(([name, target]) => BODIES.map((c: Case) => ({ label: `${name} / ${c.name}`, target, ...c })));

describe.each(MATRIX)('$label', ({ target, operation, body }) => {
	const v1 = target.apiVersion === 'v1' || target.apiVersion === 'preview';

	it("C#: the v1 endpoint, the operation's client and the body as edited", () => {
		const read = readCsharp(generateCode('csharp-openai', target, operation, body));
		expect(read.baseUrl).toBe(`${originOf(target)}/openai/v1/`);
		expect(read.route).toBe(operation);
		expect(read.body).toEqual(v1Body(target, body));
	});

	it("Java: the v1 endpoint, the operation's service, the preview query and the body as edited", () => {
		const read = readJava(generateCode('java-openai', target, operation, body));
		expect(read.baseUrl).toBe(`${originOf(target)}/openai/v1`);
		expect(read.route).toBe(operation);
		expect(read.query).toBe(target.apiVersion === 'preview' ? 'preview' : undefined);
		expect(read.body).toEqual(v1Body(target, body));
	});

	it('TypeScript: the endpoint, the operation and the body as edited', () => {
		const read = readTypeScript(generateCode('ts-openai', target, operation, body));
		const onV1 = v1 || operation === 'responses';
		expect(read.baseUrl).toBe(onV1 ? `${originOf(target)}/openai/v1/` : originOf(target));
		expect(read.route).toBe(operation);
		expect(read.query).toBe(target.apiVersion === 'preview' ? 'preview' : undefined);
		expect(read.body).toEqual(v1Body(target, body));
	});
});

describe('the readers are not vacuous', () => {
	it('a different body or deployment is noticed', () => {
		const target = TARGETS['azure key, v1'];
		const read = readCsharp(generateCode('csharp-openai', target, 'responses', { input: 'a' }));
		expect(read.body).not.toEqual(v1Body(target, { input: 'b' }));
		expect(readJava(generateCode('java-openai', { ...target, deployment: 'other' }, 'responses', { input: 'a' })).body).not.toEqual(v1Body(target, { input: 'a' }));
	});
});
