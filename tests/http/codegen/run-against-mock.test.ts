/**
 * "Copy as" code, run for real against the real mock server: curl (the curl binary), fetch and the
 * JavaScript openai SDK (the project's Node), TypeScript (type-checked with the project's tsc
 * against the installed openai types, then run), and Python requests (Debian's python3 with
 * python3-requests). Each prints the answer, which must be the mock's deterministic answer to the
 * same request. The Python openai SDK is not installable here (no PyPI): its snippet is compiled
 * with python3 -m py_compile. The only edit to the generated code is the endpoint: the snippet is
 * generated for an Azure host name, which is replaced by the mock's http://127.0.0.1 address.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_CHAT_DEPLOYMENT, MOCK_EMBEDDINGS_DEPLOYMENT } from '../../../src/lib/catalog/index.ts';
import { generateCode, type CodeLanguage, type CodeOperation, type RunTarget } from '../../../src/lib/runnable/codegen.ts';
import type { MockServer } from '../../../mock/server.ts';
import { startMock } from '../mock/helpers.ts';
import { NODE, REPO } from '../../unit/runnable/support/run-snippet.ts';

const HOST = 'https://codegen-check.openai.azure.com';
/** Debian's interpreter, where python3-requests is installed (not a pyenv shim on PATH). */
const PYTHON = '/usr/bin/python3';
const KEY = 'test-key-from-env';

let mock: MockServer;
let work: string;
beforeAll(async () => {
	mock = await startMock();
	work = mkdtempSync(join(tmpdir(), 'codegen-mock-'));
	// The snippets import the real openai package and, in TypeScript, Node's types.
	mkdirSync(join(work, 'node_modules', '@types'), { recursive: true });
	symlinkSync(join(REPO, 'node_modules', 'openai'), join(work, 'node_modules', 'openai'));
	symlinkSync(join(REPO, 'node_modules', '@types', 'node'), join(work, 'node_modules', '@types', 'node'));
});
afterAll(async () => {
	await mock.close();
	rmSync(work, { recursive: true, force: true });
});

type Case = { name: string; operation: CodeOperation; deployment: string; body: Record<string, unknown> };

const CASES: Case[] = [
	{ name: 'responses', operation: 'responses', deployment: MOCK_CHAT_DEPLOYMENT, body: { input: 'What\'s a "deployment"? ünïcode ✓', store: false } },
	{
		name: 'streaming responses',
		operation: 'responses',
		deployment: MOCK_CHAT_DEPLOYMENT,
		body: { input: [{ role: 'user', content: 'Stream me a story.' }], instructions: 'Be brief.', stream: true },
	},
	{ name: 'chat', operation: 'chat/completions', deployment: MOCK_CHAT_DEPLOYMENT, body: { messages: [{ role: 'user', content: "It's a test with 'quotes'." }], max_completion_tokens: 200 } },
	{ name: 'streaming chat', operation: 'chat/completions', deployment: MOCK_CHAT_DEPLOYMENT, body: { messages: [{ role: 'user', content: 'Stream it.' }], stream: true } },
	{ name: 'embeddings', operation: 'embeddings', deployment: MOCK_EMBEDDINGS_DEPLOYMENT, body: { input: ['one', 'two'], dimensions: 8 } },
];

function targetFor(c: Case, apiVersion = 'v1'): RunTarget {
	return { kind: 'azure', endpoint: HOST, deployment: c.deployment, apiVersion, authType: 'api-key' };
}

/** The answer the snippet must print: asked of the mock directly with the official client. */
async function expectedAnswer(c: Case): Promise<string> {
	const client = new OpenAI({ baseURL: `${mock.url}/openai/v1/`, apiKey: 'k', maxRetries: 0 });
	const { stream: _stream, ...body } = c.body;
	if (c.operation === 'responses') return (await client.responses.create({ ...body, model: c.deployment } as never as OpenAI.Responses.ResponseCreateParamsNonStreaming)).output_text;
	if (c.operation === 'embeddings') {
		const result = await client.embeddings.create({ ...body, model: c.deployment, encoding_format: 'float' } as OpenAI.EmbeddingCreateParams);
		return `${result.data.length} embedding(s) of ${result.data[0].embedding.length} dimensions`;
	}
	const completion = await client.chat.completions.create({ ...body, model: c.deployment } as OpenAI.Chat.ChatCompletionCreateParamsNonStreaming);
	return completion.choices[0].message.content ?? '';
}

let counter = 0;
function codeFor(language: CodeLanguage, c: Case, apiVersion?: string): string {
	const code = generateCode(language, targetFor(c, apiVersion), c.operation, c.body);
	expect(code).toContain(HOST);
	return code.replaceAll(HOST, mock.url);
}

/** Runs a program without blocking: the mock answering it lives in this same process. */
function run(command: string, args: string[], extraEnv: Record<string, string> = { AZURE_OPENAI_API_KEY: KEY }): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(command, args, { cwd: work, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work, ...extraEnv }, encoding: 'utf8', timeout: 30_000 }, (error, stdout, stderr) => {
			const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
			resolve({ status, stdout, stderr: `${stderr}${error && typeof error.code !== 'number' ? String(error) : ''}` });
		});
	});
}

function writeSnippet(ext: string, code: string): string {
	counter += 1;
	const file = join(work, `snippet-${counter}.${ext}`);
	writeFileSync(file, code);
	return file;
}

describe.each(CASES)('$name', (c) => {
	it('curl: the real curl binary gets the answer from the mock', async () => {
		const run1 = await run('bash', [writeSnippet('sh', codeFor('curl', c))]);
		expect(run1.status, run1.stderr).toBe(0);
		const expected = await expectedAnswer(c);
		if (c.body.stream === true) {
			// curl prints the raw event stream; its text pieces add up to the answer.
			const pieces = run1.stdout
				.split('\n')
				.filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
				.map((line) => JSON.parse(line.slice(6)))
				.map((event) => (c.operation === 'responses' ? (event.type === 'response.output_text.delta' ? event.delta : '') : (event.choices?.[0]?.delta?.content ?? '')));
			expect(pieces.join('')).toBe(expected);
		} else {
			const body = JSON.parse(run1.stdout);
			if (c.operation === 'responses') expect(body.output.at(-1).content[0].text).toBe(expected);
			else if (c.operation === 'embeddings') expect(body.data).toHaveLength(2);
			else expect(body.choices[0].message.content).toBe(expected);
		}
	});

	it.each(['node-fetch', 'js-openai'] as const)('%s: runs under Node and prints the answer', async (language) => {
		const result = await run(NODE, [writeSnippet('mjs', codeFor(language, c))]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toBe(`${await expectedAnswer(c)}\n`);
	});

	it('python-requests: runs under Debian python3 with python3-requests and prints the answer', async () => {
		const result = await run(PYTHON, [writeSnippet('py', codeFor('python-requests', c))], { AZURE_OPENAI_API_KEY: KEY, PYTHONIOENCODING: 'utf-8' });
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toBe(`${await expectedAnswer(c)}\n`);
	});

	it('python-openai: compiles (python3 -m py_compile)', async () => {
		const file = writeSnippet('py', codeFor('python-openai', c));
		const result = await run(PYTHON, ['-m', 'py_compile', file]);
		expect(result.status, result.stderr).toBe(0);
	});
});

describe('TypeScript', () => {
	it('every snippet type-checks against the installed openai types, then runs and prints the answer', async () => {
		const files = CASES.map((c) => ({ c, file: writeSnippet('mts', codeFor('ts-openai', c)) }));
		// A dated target too: the AzureOpenAI client and its parameter types.
		const dated = CASES[2];
		files.push({ c: dated, file: writeSnippet('mts', codeFor('ts-openai', { ...dated }, '2024-10-21')) });
		const tsc = await run(NODE, [
			join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'),
			'--noEmit',
			'--strict',
			'--module',
			'nodenext',
			'--target',
			'es2022',
			'--types',
			'node',
			'--skipLibCheck',
			...files.map((entry) => entry.file),
		]);
		expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
		for (const { c, file } of files.slice(0, CASES.length)) {
			const result = await run(NODE, [file]);
			expect(result.status, result.stderr).toBe(0);
			expect(result.stdout).toBe(`${await expectedAnswer(c)}\n`);
		}
	});

	it('the type check is not vacuous: a misspelt field in the edited body fails it', async () => {
		const c = CASES[0];
		const code = generateCode('ts-openai', targetFor(c), c.operation, { ...c.body, max_output_tokenz: 10 });
		const tsc = await run(NODE, [
			join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'),
			'--noEmit',
			'--strict',
			'--module',
			'nodenext',
			'--target',
			'es2022',
			'--types',
			'node',
			'--skipLibCheck',
			writeSnippet('mts', code),
		]);
		expect(tsc.status).not.toBe(0);
		expect(tsc.stdout).toContain('max_output_tokenz');
	});
});
