/**
 * Every refusal the proxy itself makes, over a real socket: problem+json, status, code, and the
 * protective headers; nothing reaches upstream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from '../../../src/lib/proxy/rate-limiter.ts';
import { azureRun, mockRun, startHarness, type Harness } from './support/proxy-harness.ts';

let h: Harness;
beforeAll(async () => {
	h = await startHarness({ config: { maxRequestBytes: 4096 } });
});
afterAll(async () => {
	await h.close();
});

async function expectProblem(response: Response, status: number, code: string, field?: string) {
	expect(response.status).toBe(status);
	expect(response.headers.get('content-type')).toBe('application/problem+json');
	expect(response.headers.get('cache-control')).toBe('no-store');
	expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	expect(response.headers.get('access-control-allow-origin')).toBeNull();
	const problem = await response.json();
	expect(problem).toMatchObject({ status, code });
	expect(typeof problem.type).toBe('string');
	expect(typeof problem.title).toBe('string');
	expect(problem.detail).toMatch(/\.$/);
	if (field) expect(problem.field).toBe(field);
	return problem;
}

describe('origin', () => {
	it('refuses another origin, no origin, and a null origin', async () => {
		const before = h.upstreamCalls.length;
		await expectProblem(await h.run(mockRun('gpt-5-mini'), { headers: { origin: 'http://evil.test' } }), 403, 'forbidden_origin');
		await expectProblem(await h.run(mockRun('gpt-5-mini'), { headers: { origin: 'null' } }), 403, 'forbidden_origin');
		const noOrigin = await h.clientFetch(`${h.proxyUrl}/api/run`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mockRun('gpt-5-mini')) });
		await expectProblem(noOrigin, 403, 'forbidden_origin');
		expect(h.upstreamCalls.length).toBe(before);
	});

	it('accepts Sec-Fetch-Site: same-origin without Origin', async () => {
		const response = await h.clientFetch(`${h.proxyUrl}/api/run`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
			body: JSON.stringify(mockRun('gpt-5-mini')),
		});
		expect(response.status).toBe(200);
		await response.arrayBuffer();
	});
});

describe('method and media type', () => {
	it('answers OPTIONS (a CORS preflight) with 405 and no CORS grant', async () => {
		const response = await h.clientFetch(`${h.proxyUrl}/api/run`, { method: 'OPTIONS', headers: { origin: 'http://evil.test', 'access-control-request-method': 'POST' } });
		const problem = await expectProblem(response, 405, 'method_not_allowed');
		expect(problem.detail).toContain('POST');
		expect(response.headers.get('allow')).toBe('POST');
	});

	it('answers GET with 405', async () => {
		await expectProblem(await h.clientFetch(`${h.proxyUrl}/api/run`), 405, 'method_not_allowed');
	});

	it('refuses non-JSON content types with 415', async () => {
		await expectProblem(await h.run(JSON.stringify(mockRun('gpt-5-mini')), { headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
	});
});

describe('body', () => {
	it('refuses an oversized body with 413', async () => {
		await expectProblem(await h.run(mockRun('gpt-5-mini', { messages: [{ role: 'user', content: 'x'.repeat(5000) }] })), 413, 'body_too_large');
	});

	it('refuses malformed JSON and wrong shapes with 400', async () => {
		await expectProblem(await h.run('{"target":'), 400, 'invalid_request');
		await expectProblem(await h.run({ target: { provider: 'mock', deployment: '../admin' }, body: {} }), 400, 'invalid_field', 'target.deployment');
		await expectProblem(await h.run(azureRun('gpt-5-mini', 'k', undefined, { endpoint: 'https://127.0.0.1' })), 400, 'invalid_field', 'target.endpoint');
		await expectProblem(await h.run(azureRun('gpt-5-mini', 'k', undefined, { apiVersion: '2024-10-21&x=1' })), 400, 'invalid_field', 'target.apiVersion');
		await expectProblem(await h.run(azureRun('gpt-5-mini', 'k\r\nx-evil: 1')), 400, 'invalid_field', 'auth.key');
		await expectProblem(await h.run({ target: { provider: 'mock', deployment: 'gpt-5-mini' }, body: [1] }), 400, 'invalid_field', 'body');
	});
});

describe('mock availability', () => {
	it('answers 503 mock_unavailable when MOCK_AZURE_OPENAI_URL is not set', async () => {
		const bare = await startHarness({ config: { mockUrl: undefined } });
		try {
			await expectProblem(await bare.run(mockRun('gpt-5-mini')), 503, 'mock_unavailable');
		} finally {
			await bare.close();
		}
	});
});

describe('rate limit', () => {
	it('answers 429 with Retry-After once a client exceeds its allowance', async () => {
		const limited = await startHarness({ rateLimiter: new TokenBucketLimiter({ perMinute: 1, burst: 2 }) });
		try {
			for (let i = 0; i < 2; i++) expect((await limited.run(mockRun('gpt-5-mini'))).status).toBe(200);
			const response = await limited.run(mockRun('gpt-5-mini'));
			await expectProblem(response, 429, 'rate_limited');
			expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
			// Spoofed forwarding headers do not buy a fresh allowance unless configured as trusted.
			expect((await limited.run(mockRun('gpt-5-mini'), { headers: { 'x-forwarded-for': '198.51.100.77' } })).status).toBe(429);
		} finally {
			await limited.close();
		}
	});

	it('keys on the first hop of a trusted header when configured', async () => {
		const limited = await startHarness({ config: { clientIpHeader: 'x-forwarded-for' }, rateLimiter: new TokenBucketLimiter({ perMinute: 1, burst: 1 }) });
		try {
			expect((await limited.run(mockRun('gpt-5-mini'), { headers: { 'x-forwarded-for': '198.51.100.1, 10.0.0.1' } })).status).toBe(200);
			expect((await limited.run(mockRun('gpt-5-mini'), { headers: { 'x-forwarded-for': '198.51.100.1, 10.0.0.2' } })).status).toBe(429);
			expect((await limited.run(mockRun('gpt-5-mini'), { headers: { 'x-forwarded-for': '198.51.100.2' } })).status).toBe(200);
		} finally {
			await limited.close();
		}
	});
});
