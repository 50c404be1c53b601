// Drives the mock with the official openai npm package, proving it speaks the wire protocol
// real clients expect: Azure's dated routes through AzureOpenAI, the v1 API through OpenAI.

import OpenAI, { AzureOpenAI, NotFoundError, RateLimitError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_FAULT_CONTENT } from '../../../mock/deployments.ts';
import type { MockServer } from '../../../mock/server.ts';
import { startMock } from './helpers.ts';

let mock: MockServer;
beforeAll(async () => {
	mock = await startMock();
});
afterAll(() => mock.close());

const messages = [{ role: 'user' as const, content: 'Say hello to the SDK test.' }];

function azureClient(deployment: string): AzureOpenAI {
	return new AzureOpenAI({ endpoint: mock.url, apiKey: 'test-key', apiVersion: '2024-10-21', deployment, maxRetries: 0, timeout: 10_000 });
}

describe('AzureOpenAI client against the mock', () => {
	it('creates a chat completion', async () => {
		const completion = await azureClient('gpt-5-mini').chat.completions.create({ model: 'gpt-5-mini', messages });
		expect(completion.object).toBe('chat.completion');
		expect(completion.choices[0].message.role).toBe('assistant');
		expect(completion.choices[0].message.content).toContain('Say hello to the SDK test.');
		expect(completion.choices[0].finish_reason).toBe('stop');
		expect(completion.usage?.total_tokens).toBeGreaterThan(0);
	});

	it('streams a chat completion with the usage chunk', async () => {
		const client = azureClient('gpt-5-mini');
		const stream = await client.chat.completions.create({
			model: 'gpt-5-mini',
			messages,
			stream: true,
			stream_options: { include_usage: true },
		});
		let text = '';
		let finish: string | null = null;
		let usage: OpenAI.CompletionUsage | null | undefined;
		let chunks = 0;
		for await (const chunk of stream) {
			chunks += 1;
			text += chunk.choices[0]?.delta?.content ?? '';
			finish = chunk.choices[0]?.finish_reason ?? finish;
			if (chunk.usage) usage = chunk.usage;
		}
		const whole = await client.chat.completions.create({ model: 'gpt-5-mini', messages });
		expect(chunks).toBeGreaterThan(4);
		expect(text).toBe(whole.choices[0].message.content);
		expect(finish).toBe('stop');
		expect(usage).toEqual(whole.usage);
	});

	it('creates embeddings (the SDK asks for base64 and decodes it)', async () => {
		const client = azureClient('text-embedding-3-small');
		const result = await client.embeddings.create({ model: 'text-embedding-3-small', input: ['first', 'second'] });
		expect(result.data).toHaveLength(2);
		expect(result.data[0].embedding).toHaveLength(1536);
		expect(Math.hypot(...result.data[0].embedding)).toBeCloseTo(1, 4);
		const floats = await client.embeddings.create({ model: 'text-embedding-3-small', input: 'first', encoding_format: 'float', dimensions: 64 });
		expect(floats.data[0].embedding).toHaveLength(64);
	});

	it('surfaces DeploymentNotFound as NotFoundError with status 404', async () => {
		const attempt = azureClient('missing-deployment').chat.completions.create({ model: 'missing-deployment', messages });
		await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
		await expect(attempt).rejects.toMatchObject({ status: 404, code: 'DeploymentNotFound' });
	});

	it('surfaces error-429 as RateLimitError with status and Retry-After', async () => {
		const error = await azureClient('error-429')
			.chat.completions.create({ model: 'error-429', messages })
			.then(
				() => null,
				(caught: unknown) => caught,
			);
		expect(error).toBeInstanceOf(RateLimitError);
		const rateLimit = error as RateLimitError;
		expect(rateLimit.status).toBe(429);
		expect(rateLimit.headers?.get('retry-after')).toBeTruthy();
		expect(rateLimit.headers?.get('retry-after-ms')).toBeTruthy();
	});

	it('returns fault-html markup untouched as content', async () => {
		const completion = await azureClient('fault-html').chat.completions.create({ model: 'fault-html', messages });
		expect(completion.choices[0].message.content).toBe(HTML_FAULT_CONTENT);
	});
});

describe('plain OpenAI client against the v1 API', () => {
	function v1Client(): OpenAI {
		return new OpenAI({ baseURL: `${mock.url}/openai/v1/`, apiKey: 'test-key', maxRetries: 0, timeout: 10_000 });
	}

	it('creates and streams chat completions with the deployment as model', async () => {
		const client = v1Client();
		const completion = await client.chat.completions.create({ model: 'gpt-5-mini', messages });
		expect(completion.choices[0].message.content).toContain('gpt-5-mini');
		const stream = await client.chat.completions.create({ model: 'gpt-5-mini', messages, stream: true, stream_options: { include_usage: true } });
		let text = '';
		for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
		expect(text).toBe(completion.choices[0].message.content);
	});

	it('creates embeddings', async () => {
		const result = await v1Client().embeddings.create({ model: 'text-embedding-3-small', input: 'hello' });
		expect(result.data[0].embedding).toHaveLength(1536);
	});

	it('surfaces an unknown deployment as NotFoundError', async () => {
		await expect(v1Client().chat.completions.create({ model: 'nope', messages })).rejects.toMatchObject({ status: 404 });
		await expect(v1Client().chat.completions.create({ model: 'nope', messages })).rejects.toBeInstanceOf(NotFoundError);
	});
});
