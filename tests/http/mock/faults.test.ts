import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_FAULT_CONTENT, HUGE_BODY_BYTES } from '../../../mock/deployments.ts';
import type { MockServer } from '../../../mock/server.ts';
import { datedUrl, hello, post, readWithin, sseData, startMock, type Chunk } from './helpers.ts';

// A short stall limit keeps these tests bounded even if an assertion fails before cleanup.
let mock: MockServer;
beforeAll(async () => {
	mock = await startMock({ stallLimitMs: 20_000, dripIntervalMs: 1 });
});
afterAll(() => mock.close());

const decoder = new TextDecoder();

describe('fault deployments', () => {
	it('fault-stall accepts the request but never sends a status line', async () => {
		const attempt = post(datedUrl(mock, 'fault-stall'), hello, { signal: AbortSignal.timeout(300) });
		await expect(attempt).rejects.toMatchObject({ name: 'TimeoutError' });
	});

	it('fault-stall ends when the mock closes, and close() resolves', async () => {
		const own = await startMock();
		const attempt = post(datedUrl(own, 'fault-stall'), hello, { signal: AbortSignal.timeout(10_000) });
		// Give the request time to reach the server before closing it.
		await new Promise((resolve) => setTimeout(resolve, 100));
		await own.close();
		await expect(attempt).rejects.toThrow();
	});

	it('fault-stall drops the connection once the stall limit passes', async () => {
		const own = await startMock({ stallLimitMs: 50 });
		try {
			await expect(post(datedUrl(own, 'fault-stall'), hello)).rejects.toThrow(/fetch failed/);
		} finally {
			await own.close();
		}
	});

	it('fault-stall-midstream sends the opening chunks, then goes silent', async () => {
		const controller = new AbortController();
		const res = await post(datedUrl(mock, 'fault-stall-midstream'), { ...hello, stream: true }, { signal: controller.signal });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
		const reader = (res.body as ReadableStream<Uint8Array>).getReader();
		let text = '';
		// Count complete events only (each ends with a blank line).
		while (text.split('\n\n').length - 1 < 3) {
			const piece = await readWithin(reader, 5_000);
			expect(piece.kind).toBe('data');
			if (piece.kind === 'data') text += decoder.decode(piece.bytes, { stream: true });
		}
		const chunks = sseData(text).map((data) => JSON.parse(data) as Chunk);
		expect(chunks).toHaveLength(3);
		expect(chunks[0].prompt_filter_results).toBeDefined();
		expect(chunks[1].choices[0].delta?.role).toBe('assistant');
		expect(chunks[2].choices[0].delta?.content?.length).toBeGreaterThan(0);
		expect((await readWithin(reader, 400)).kind).toBe('silent');
		controller.abort();
	});

	it('fault-reset streams some chunks, then breaks the connection', async () => {
		const res = await post(datedUrl(mock, 'fault-reset'), { ...hello, stream: true });
		expect(res.status).toBe(200);
		const reader = (res.body as ReadableStream<Uint8Array>).getReader();
		let text = '';
		let failure: unknown = null;
		for (;;) {
			try {
				const { done, value } = await reader.read();
				if (done) break;
				text += decoder.decode(value, { stream: true });
			} catch (error) {
				failure = error;
				break;
			}
		}
		expect(failure).toBeInstanceOf(Error);
		expect(text).toContain('"role":"assistant"');
		expect(text).not.toContain('[DONE]');
	});

	it('fault-drip sends a valid answer one byte at a time', async () => {
		const res = await post(datedUrl(mock, 'fault-drip'), hello);
		expect(res.status).toBe(200);
		const length = Number(res.headers.get('content-length'));
		const reader = (res.body as ReadableStream<Uint8Array>).getReader();
		const pieces: Uint8Array[] = [];
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			pieces.push(value);
		}
		// The body trickles in: many small reads rather than one (a busy machine may merge a few bytes).
		const received = pieces.reduce((sum, piece) => sum + piece.length, 0);
		expect(received).toBe(length);
		expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(16);
		expect(pieces.length).toBeGreaterThan(length / 16);
		const body = JSON.parse(decoder.decode(Buffer.concat(pieces))) as { object: string; choices: Array<{ message: { content: string } }> };
		expect(body.object).toBe('chat.completion');
		expect(body.choices[0].message.content).toContain('How do I call my deployment?');
	});

	it('fault-drip at its default pace sends headers at once and the body slowly', async () => {
		const own = await startMock();
		try {
			const controller = new AbortController();
			const res = await post(datedUrl(own, 'fault-drip'), hello, { signal: controller.signal });
			expect(res.status).toBe(200);
			const reader = (res.body as ReadableStream<Uint8Array>).getReader();
			const first = await readWithin(reader, 5_000);
			expect(first.kind === 'data' && first.bytes.length === 1).toBe(true);
			expect(first.kind === 'data' && decoder.decode(first.bytes)).toBe('{');
			controller.abort();
		} finally {
			await own.close();
		}
	});

	it('fault-huge sends a 20 MiB chat completion', async () => {
		const res = await post(datedUrl(mock, 'fault-huge'), hello, { signal: AbortSignal.timeout(20_000) });
		expect(res.status).toBe(200);
		expect(Number(res.headers.get('content-length'))).toBe(HUGE_BODY_BYTES);
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect(bytes.length).toBe(HUGE_BODY_BYTES);
		const body = JSON.parse(decoder.decode(bytes)) as { object: string; choices: Array<{ message: { content: string } }> };
		expect(body.object).toBe('chat.completion');
		expect(body.choices[0].message.content.length).toBeGreaterThan(HUGE_BODY_BYTES - 4096);
	});

	it('fault-huge stops writing when the client gives up early', async () => {
		const controller = new AbortController();
		const res = await post(datedUrl(mock, 'fault-huge'), hello, { signal: controller.signal });
		const reader = (res.body as ReadableStream<Uint8Array>).getReader();
		expect((await readWithin(reader, 5_000)).kind).toBe('data');
		controller.abort();
		// The mock keeps answering other requests normally afterwards.
		const next = await post(datedUrl(mock, 'gpt-5-mini'), hello);
		expect(next.status).toBe(200);
		await next.json();
	});

	it('fault-invalid-json answers 200 application/json with a body that does not parse', async () => {
		const res = await post(datedUrl(mock, 'fault-invalid-json'), hello);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/json');
		const text = await res.text();
		expect(text.length).toBeGreaterThan(0);
		expect(() => JSON.parse(text)).toThrow(SyntaxError);
	});

	it('fault-html replies with markup as content, streamed or not', async () => {
		const plain = (await (await post(datedUrl(mock, 'fault-html'), hello)).json()) as { choices: Array<{ message: { content: string } }> };
		expect(plain.choices[0].message.content).toBe(HTML_FAULT_CONTENT);

		const streamed = await post(datedUrl(mock, 'fault-html'), { ...hello, stream: true });
		const chunks = sseData(await streamed.text())
			.slice(0, -1)
			.map((data) => JSON.parse(data) as Chunk);
		expect(chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join('')).toBe(HTML_FAULT_CONTENT);
	});
});
