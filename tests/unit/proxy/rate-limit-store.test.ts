/**
 * Choosing the rate-limit store from the environment (with its operator messages), the failure
 * policy shared by the Redis and Durable Object stores, and the bucket step they share.
 */
import { describe, expect, it } from 'vitest';
import { FallbackRateLimiter } from '../../../src/lib/proxy/fallback-rate-limiter.ts';
import { readRateLimitStore } from '../../../src/lib/proxy/rate-limit-settings.ts';
import { takeToken, TokenBucketLimiter, type RateDecision, type RateLimiter } from '../../../src/lib/proxy/rate-limiter.ts';
import { redisDisplayName } from '../../../src/lib/proxy/redis-rate-limiter.ts';
import { nodeRateLimiter } from '../../../src/lib/proxy/runtime/node.ts';
import { DEFAULT_CONFIG } from '../../../src/lib/proxy/config.ts';

describe('PROXY_RATE_LIMIT_STORE', () => {
	it('defaults to memory and accepts redis with a URL, or durable-object', () => {
		expect(readRateLimitStore({})).toEqual({ store: 'memory' });
		expect(readRateLimitStore({ PROXY_RATE_LIMIT_STORE: 'memory' })).toEqual({ store: 'memory' });
		expect(readRateLimitStore({ PROXY_RATE_LIMIT_STORE: 'redis', PROXY_RATE_LIMIT_REDIS_URL: 'rediss://u:p@cache:6380' })).toEqual({ store: 'redis', redisUrl: 'rediss://u:p@cache:6380' });
		expect(readRateLimitStore({ PROXY_RATE_LIMIT_STORE: 'durable-object' })).toEqual({ store: 'durable-object' });
	});

	it.each([
		[{ PROXY_RATE_LIMIT_STORE: 'memcached' }, 'PROXY_RATE_LIMIT_STORE="memcached" is not a rate-limit store. Use one of memory, redis, durable-object, or unset it for memory.'],
		[{ PROXY_RATE_LIMIT_STORE: 'redis' }, 'PROXY_RATE_LIMIT_STORE=redis needs PROXY_RATE_LIMIT_REDIS_URL, e.g. redis://127.0.0.1:6379 (rediss:// for TLS).'],
		[{ PROXY_RATE_LIMIT_STORE: 'redis', PROXY_RATE_LIMIT_REDIS_URL: 'cache:6379' }, 'PROXY_RATE_LIMIT_REDIS_URL must start with redis:// or rediss://; it starts with cache://.'],
		[{ PROXY_RATE_LIMIT_STORE: 'redis', PROXY_RATE_LIMIT_REDIS_URL: 'not a url' }, 'PROXY_RATE_LIMIT_REDIS_URL is not a URL. Set it like redis://127.0.0.1:6379 or rediss://user:password@host:6380.'],
	])('refuses %j with a message naming the setting', (env, message) => {
		expect(() => readRateLimitStore(env)).toThrow(message);
	});

	it('refuses the Durable Object store on Node, naming what works there', () => {
		expect(() => nodeRateLimiter(DEFAULT_CONFIG, { PROXY_RATE_LIMIT_STORE: 'durable-object' })).toThrow(
			'PROXY_RATE_LIMIT_STORE=durable-object works only on Cloudflare Workers (npm run worker). On Node, use memory or redis.',
		);
		expect(nodeRateLimiter(DEFAULT_CONFIG, {})).toBeInstanceOf(TokenBucketLimiter);
	});

	it('names a Redis in log lines by host and port only, never its password', () => {
		expect(redisDisplayName('rediss://admin:s3cret@cache.internal:6380/0')).toBe('Redis at cache.internal:6380');
		expect(redisDisplayName('redis://127.0.0.1')).toBe('Redis at 127.0.0.1:6379');
	});
});

describe('FallbackRateLimiter (fail open to local limits)', () => {
	function flakyStore() {
		const state = { down: false, calls: 0 };
		const store: RateLimiter = {
			take: async (): Promise<RateDecision> => {
				state.calls++;
				if (state.down) throw new Error('Connection is closed.');
				return { allowed: true, remaining: 99 };
			},
		};
		return { state, store };
	}

	it('uses the shared store while it answers, the local bucket while it fails, and logs each change once', async () => {
		const { state, store } = flakyStore();
		const lines: string[] = [];
		const limiter = new FallbackRateLimiter(store, new TokenBucketLimiter({ perMinute: 1, burst: 2 }), { storeName: 'Redis at cache:6379', log: (line) => lines.push(line) });
		expect(await limiter.take('c', 0)).toEqual({ allowed: true, remaining: 99 });
		state.down = true;
		expect(await limiter.take('c', 0)).toEqual({ allowed: true, remaining: 1 });
		expect(await limiter.take('c', 0)).toEqual({ allowed: true, remaining: 0 });
		expect(await limiter.take('c', 0)).toEqual({ allowed: false, retryAfterSeconds: 60 });
		expect(limiter.usingLocalLimits).toBe(true);
		state.down = false;
		expect(await limiter.take('c', 0)).toEqual({ allowed: true, remaining: 99 });
		expect(limiter.usingLocalLimits).toBe(false);
		expect(lines).toEqual([
			'[api/run] The rate-limit store (Redis at cache:6379) is unreachable (Connection is closed.); each instance now limits on its own until it answers. Check that the store is running.',
			'[api/run] The rate-limit store (Redis at cache:6379) answers again: the limit is shared across instances again.',
		]);
	});
});

describe('takeToken (the bucket step the memory and Durable Object stores share)', () => {
	it('starts full, refills at the rate, and says when the next token comes', () => {
		const rate = { perMinute: 6, burst: 2 };
		let step = takeToken(undefined, 0, rate);
		expect(step.decision).toEqual({ allowed: true, remaining: 1 });
		step = takeToken(step.bucket, 0, rate);
		expect(step.decision).toEqual({ allowed: true, remaining: 0 });
		step = takeToken(step.bucket, 0, rate);
		expect(step.decision).toEqual({ allowed: false, retryAfterSeconds: 10 });
		step = takeToken(step.bucket, 10_000, rate);
		expect(step.decision).toEqual({ allowed: true, remaining: 0 });
	});
});
