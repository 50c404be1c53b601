import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from '../../../src/lib/proxy/rate-limiter.ts';
import { clientKey } from '../../../src/lib/proxy/client-key.ts';

describe('TokenBucketLimiter', () => {
	it('allows a burst, then refuses with a Retry-After that matches the refill rate', () => {
		const limiter = new TokenBucketLimiter({ perMinute: 6, burst: 3 });
		const results = [0, 0, 0, 0].map(() => limiter.take('a', 1_000));
		expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
		// 6 per minute = one token every 10 s.
		expect(results[3]).toEqual({ allowed: false, retryAfterSeconds: 10 });
		expect(limiter.take('a', 11_000).allowed).toBe(true);
		expect(limiter.take('a', 11_000).allowed).toBe(false);
	});

	it('keeps clients apart', () => {
		const limiter = new TokenBucketLimiter({ perMinute: 1, burst: 1 });
		expect(limiter.take('a', 0).allowed).toBe(true);
		expect(limiter.take('a', 0).allowed).toBe(false);
		expect(limiter.take('b', 0).allowed).toBe(true);
	});

	it('bounds memory by forgetting the least recently seen clients', () => {
		const limiter = new TokenBucketLimiter({ perMinute: 1, burst: 1, maxKeys: 100 });
		for (let i = 0; i < 1000; i++) limiter.take(`client-${i}`, i);
		expect(limiter.size).toBe(100);
	});
});

describe('clientKey', () => {
	const request = (headers: Record<string, string>) => new Request('http://site.test/api/run', { headers });
	it('uses the socket address unless a trusted header is configured', () => {
		expect(clientKey(request({ 'x-forwarded-for': '1.2.3.4' }), '10.0.0.9', undefined)).toBe('10.0.0.9');
		expect(clientKey(request({ 'x-forwarded-for': '1.2.3.4, 10.0.0.1' }), '10.0.0.9', 'x-forwarded-for')).toBe('1.2.3.4');
	});
	it('falls back to the socket address when the trusted header is missing or garbage', () => {
		expect(clientKey(request({}), '10.0.0.9', 'x-forwarded-for')).toBe('10.0.0.9');
		expect(clientKey(request({ 'x-forwarded-for': 'not an ip' }), '10.0.0.9', 'x-forwarded-for')).toBe('10.0.0.9');
		expect(clientKey(request({}), undefined, undefined)).toBe('unknown-client');
	});
});
