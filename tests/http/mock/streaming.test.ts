import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../../mock/server.ts';
import { datedUrl, hello, post, readWithin, sseData, startMock, type Chunk } from './helpers.ts';

let mock: MockServer;
const lines: string[] = [];
beforeAll(async () => {
	mock = await startMock({ logger: (line) => lines.push(line) });
});
afterAll(() => mock.close());

async function streamOf(body: Record<string, unknown>): Promise<{ res: Response; data: string[] }> {
	const res = await post(datedUrl(mock, 'gpt-5-mini'), { ...body, stream: true });
	return { res, data: sseData(await res.text()) };
}

describe('streamed chat completions', () => {
	it('sends Azure chunk order: annotations, role, content, finish, usage, [DONE]', async () => {
		const { res, data } = await streamOf({ ...hello, stream_options: { include_usage: true } });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
		expect(res.headers.get('apim-request-id')).toBeTruthy();
		expect(data.at(-1)).toBe('[DONE]');
		const chunks = data.slice(0, -1).map((text) => JSON.parse(text) as Chunk);

		const [annotations, role, ...rest] = chunks;
		expect(annotations.choices).toEqual([]);
		expect(annotations.id).toBe('');
		expect(annotations.object).toBe('');
		expect(annotations.prompt_filter_results).toHaveLength(1);

		expect(role.object).toBe('chat.completion.chunk');
		expect(role.choices[0].delta?.role).toBe('assistant');
		expect(role.choices[0].finish_reason).toBeNull();

		const usage = rest.at(-1) as Chunk;
		const finish = rest.at(-2) as Chunk;
		const content = rest.slice(0, -2);
		expect(content.length).toBeGreaterThan(3);
		for (const chunk of content) {
			expect(chunk.object).toBe('chat.completion.chunk');
			expect(chunk.id).toBe(role.id);
			expect(typeof chunk.choices[0].delta?.content).toBe('string');
			expect(chunk.choices[0].finish_reason).toBeNull();
			expect(chunk.choices[0].content_filter_results).toHaveProperty('violence');
			// With include_usage, every chunk but the last says usage: null.
			expect(chunk.usage).toBeNull();
		}
		expect(finish.choices[0].finish_reason).toBe('stop');
		expect(finish.choices[0].delta).toEqual({});

		expect(usage.choices).toEqual([]);
		expect(usage.id).toBe(role.id);
		expect(usage.usage?.total_tokens).toBe((usage.usage?.prompt_tokens ?? 0) + (usage.usage?.completion_tokens ?? 0));

		// The streamed text is the same reply the non-streamed call gives.
		const whole = (await (await post(datedUrl(mock, 'gpt-5-mini'), hello)).json()) as {
			choices: Array<{ message: { content: string } }>;
			usage: unknown;
		};
		expect(content.map((chunk) => chunk.choices[0].delta?.content).join('')).toBe(whole.choices[0].message.content);
		expect(usage.usage).toEqual(whole.usage);
	});

	it('sends no usage chunk and no usage field without include_usage', async () => {
		const { data } = await streamOf(hello);
		const chunks = data.slice(0, -1).map((text) => JSON.parse(text) as Chunk);
		expect(chunks.every((chunk) => !('usage' in chunk))).toBe(true);
		expect(chunks.at(-1)?.choices[0].finish_reason).toBe('stop');
	});

	it('cuts the stream at max_completion_tokens with finish_reason length', async () => {
		const { data } = await streamOf({ ...hello, max_completion_tokens: 4, stream_options: { include_usage: true } });
		const chunks = data.slice(0, -1).map((text) => JSON.parse(text) as Chunk);
		expect(chunks.at(-2)?.choices[0].finish_reason).toBe('length');
		expect(chunks.at(-1)?.usage?.completion_tokens).toBe(4);
	});

	it('stops writing when the client leaves mid-stream and keeps serving others', async () => {
		const slow = await startMock({ chunkDelayMs: 50, logger: (line) => lines.push(line) });
		try {
			const controller = new AbortController();
			const res = await post(datedUrl(slow, 'gpt-5-mini'), { ...hello, stream: true }, { signal: controller.signal });
			const reader = (res.body as ReadableStream<Uint8Array>).getReader();
			const first = await readWithin(reader, 5_000);
			expect(first.kind).toBe('data');
			controller.abort();
			await expect(reader.read()).rejects.toThrow();

			const next = await post(datedUrl(slow, 'gpt-5-mini'), hello);
			expect(next.status).toBe(200);
			await next.json();
			await expect.poll(() => lines.some((line) => line.includes('connection ended early')), { timeout: 5_000 }).toBe(true);
		} finally {
			await slow.close();
		}
	});
});
