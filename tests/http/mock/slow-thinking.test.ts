// The `slow-thinking` deployment, driven by the official openai client: streamed, the first chunk
// (Responses: the lifecycle events) arrives at once, then nothing for thinkMs, then the whole
// answer; not streamed, the answer arrives after the same silence. Chat completions and Responses.
import OpenAI, { AzureOpenAI } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../../mock/server.ts';
import { startMock } from './helpers.ts';

const THINK_MS = 400;
let mock: MockServer;
beforeAll(async () => {
	mock = await startMock({ thinkMs: THINK_MS });
});
afterAll(() => mock.close());

const client = () => new AzureOpenAI({ endpoint: mock.url, apiKey: 'test-key', apiVersion: '2024-10-21', deployment: 'slow-thinking', maxRetries: 0, timeout: 10_000 });
const messages = [{ role: 'user' as const, content: 'Think, then answer.' }];

describe('slow-thinking mock deployment', () => {
	it('streams its first chunk at once, stays silent for thinkMs, then streams the answer', async () => {
		const started = Date.now();
		const stream = await client().chat.completions.create({ model: 'slow-thinking', messages, stream: true });
		const arrivals: number[] = [];
		let text = '';
		for await (const chunk of stream) {
			arrivals.push(Date.now() - started);
			text += chunk.choices[0]?.delta?.content ?? '';
		}
		expect(arrivals[0]).toBeLessThan(THINK_MS);
		expect(arrivals[1] - arrivals[0]).toBeGreaterThanOrEqual(THINK_MS - 20);
		expect(text).toContain('Think, then answer.');
	});

	it('answers a non-streamed request after the same silence', async () => {
		const started = Date.now();
		const completion = await client().chat.completions.create({ model: 'slow-thinking', messages });
		expect(Date.now() - started).toBeGreaterThanOrEqual(THINK_MS - 20);
		expect(completion.choices[0].message.content).toContain('Think, then answer.');
	});
});

describe('slow-thinking on the Responses API (v1 route)', () => {
	const v1 = () => new OpenAI({ baseURL: `${mock.url}/openai/v1/`, apiKey: 'test-key', maxRetries: 0, timeout: 10_000 });

	it('sends response.created and response.in_progress, then nothing for thinkMs, then the text', async () => {
		const started = Date.now();
		const stream = await v1().responses.create({ model: 'slow-thinking', input: 'Think, then answer.', stream: true });
		const seen: { type: string; at: number }[] = [];
		let text = '';
		for await (const event of stream) {
			seen.push({ type: event.type, at: Date.now() - started });
			if (event.type === 'response.output_text.delta') text += event.delta;
		}
		expect(seen.slice(0, 2).map((e) => e.type)).toEqual(['response.created', 'response.in_progress']);
		expect(seen[2].at - seen[1].at).toBeGreaterThanOrEqual(THINK_MS - 20);
		expect(seen.at(-1)?.type).toBe('response.completed');
		expect(text).toContain('Think, then answer.');
	});

	it('answers a non-streamed response after the same silence', async () => {
		const started = Date.now();
		const response = await v1().responses.create({ model: 'slow-thinking', input: 'Think, then answer.' });
		expect(Date.now() - started).toBeGreaterThanOrEqual(THINK_MS - 20);
		expect(response.output_text).toContain('Think, then answer.');
	});
});
