import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../../mock/server.ts';
import { datedUrl, post, startMock } from './helpers.ts';

let mock: MockServer;
beforeAll(async () => {
	mock = await startMock();
});
afterAll(() => mock.close());

type Embeddings = {
	object: string;
	model: string;
	data: Array<{ object: string; index: number; embedding: number[] | string }>;
	usage: { prompt_tokens: number; total_tokens: number };
};

const url = () => datedUrl(mock, 'text-embedding-3-small', 'embeddings');
const norm = (vector: number[]) => Math.hypot(...vector);

describe('embeddings on text-embedding-3-small', () => {
	it('returns a 1536-dimension unit vector for a string input', async () => {
		const res = await post(url(), { input: 'this is a test' });
		expect(res.status).toBe(200);
		expect(res.headers.get('x-ms-region')).toBeTruthy();
		const body = (await res.json()) as Embeddings;
		expect(body.object).toBe('list');
		expect(body.model).toBe('text-embedding-3-small');
		expect(body.data).toHaveLength(1);
		const vector = body.data[0].embedding as number[];
		expect(body.data[0]).toMatchObject({ object: 'embedding', index: 0 });
		expect(vector).toHaveLength(1536);
		expect(norm(vector)).toBeCloseTo(1, 4);
		expect(body.usage.prompt_tokens).toBeGreaterThan(0);
		expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens);
	});

	it('is deterministic per input and different across inputs', async () => {
		const a1 = (await (await post(url(), { input: ['alpha', 'beta'] })).json()) as Embeddings;
		const a2 = (await (await post(url(), { input: 'alpha' })).json()) as Embeddings;
		expect(a1.data.map((item) => item.index)).toEqual([0, 1]);
		expect(a2.data[0].embedding).toEqual(a1.data[0].embedding);
		expect(a1.data[1].embedding).not.toEqual(a1.data[0].embedding);
	});

	it('honours dimensions and keeps vectors unit length', async () => {
		const body = (await (await post(url(), { input: 'short', dimensions: 256 })).json()) as Embeddings;
		const vector = body.data[0].embedding as number[];
		expect(vector).toHaveLength(256);
		expect(norm(vector)).toBeCloseTo(1, 4);
	});

	it('encodes base64 as little-endian float32 matching the float output', async () => {
		const asFloat = (await (await post(url(), { input: 'encode me' })).json()) as Embeddings;
		const asBase64 = (await (await post(url(), { input: 'encode me', encoding_format: 'base64' })).json()) as Embeddings;
		const encoded = asBase64.data[0].embedding;
		expect(typeof encoded).toBe('string');
		const bytes = Buffer.from(encoded as string, 'base64');
		const decoded = Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readFloatLE(i * 4));
		expect(decoded).toEqual(asFloat.data[0].embedding);
	});

	it('refuses a missing input, an empty input and too many dimensions', async () => {
		const missing = await post(url(), {});
		expect(missing.status).toBe(400);
		expect(((await missing.json()) as { error: { param: string; code: string } }).error).toMatchObject({
			param: 'input',
			code: 'missing_required_parameter',
		});
		const empty = await post(url(), { input: '' });
		expect(empty.status).toBe(400);
		await empty.body?.cancel();
		const tooWide = await post(url(), { input: 'x', dimensions: 4096 });
		expect(tooWide.status).toBe(400);
		expect(((await tooWide.json()) as { error: { param: string } }).error.param).toBe('dimensions');
	});
});
