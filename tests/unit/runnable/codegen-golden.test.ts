// C# and Java cannot be compiled here (no NuGet, no Maven), so their snippets are compared with
// golden files reviewed by hand against the libraries' sources (see the header comments of
// src/lib/runnable/codegen/csharp-openai.ts and java-openai.ts). To accept a deliberate change:
// UPDATE_GOLDEN=1 npx vitest run tests/unit/runnable/codegen-golden.test.ts, then review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateCode, type CodeLanguage, type CodeOperation, type RunTarget } from '../../../src/lib/runnable/codegen.ts';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const ENDPOINT = 'https://contoso-ai.openai.azure.com';

const key = (apiVersion: string): RunTarget => ({ kind: 'azure', endpoint: ENDPOINT, deployment: 'gpt-5-mini', apiVersion, authType: 'api-key' });
const bearer = (apiVersion: string): RunTarget => ({ kind: 'azure', endpoint: ENDPOINT, deployment: 'gpt-5-mini', apiVersion, authType: 'bearer' });

const CASES: Array<{ file: string; target: RunTarget; operation: CodeOperation; body: unknown }> = [
	{ file: 'responses-key', target: key('v1'), operation: 'responses', body: { input: 'Say "hello" in one sentence.', store: false } },
	{ file: 'responses-entra-stream', target: bearer('v1'), operation: 'responses', body: { input: [{ role: 'user', content: 'Tell me a story.' }], reasoning: { effort: 'low' }, stream: true } },
	{ file: 'chat-key-dated', target: key('2024-10-21'), operation: 'chat/completions', body: { messages: [{ role: 'user', content: "It's a C:\\path\\ test" }], max_completion_tokens: 200 } },
	{ file: 'chat-entra-stream-preview', target: bearer('preview'), operation: 'chat/completions', body: { messages: [{ role: 'user', content: 'Stream it.' }], stream: true } },
	{ file: 'embeddings-key', target: { ...key('v1'), deployment: 'text-embedding-3-small' }, operation: 'embeddings', body: { input: ['one', 'two'], dimensions: 256 } },
];

const LANGUAGES: Array<{ language: CodeLanguage; ext: string }> = [
	{ language: 'csharp-openai', ext: 'cs' },
	{ language: 'java-openai', ext: 'java' },
];

describe.each(LANGUAGES)('$language golden files', ({ language, ext }) => {
	it.each(CASES)('$file', ({ file, target, operation, body }) => {
		const path = join(GOLDEN, `${file}.${ext}`);
		const code = generateCode(language, target, operation, body);
		if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, code);
		expect(code).toBe(readFileSync(path, 'utf8'));
	});
});
