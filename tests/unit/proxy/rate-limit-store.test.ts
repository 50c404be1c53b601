/**
 * Choosing the rate-limit store from the environment (with its operator messages), the failure
 * policy shared by the Redis and Durable Object stores, and the bucket step they share.
 */
import { describe, expect, it } from 'vitest';
import { FallbackRateLimiter } from '../../../src/lib/proxy/fallback-rate-limiter.ts';
import { readNodeRateLimitStore, readRateLimitStore, readWorkerRateLimitStore } from '../../../src/lib/proxy/rate-limit-settings.ts';
import { SettingsError } from '../../../src/lib/settings/env-fields.ts';
import { checkWorkerSettings } from '../../../src/lib/proxy/worker-settings.ts';
import { readServerSettings } from '../../../server/settings.ts';
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
		[{ PROXY_RATE_LIMIT_STORE: 'memcached' }, 'The setting PROXY_RATE_LIMIT_STORE must be one of memory, redis or durable-object (unset, it is memory), but it is "memcached".'],
		[
			{ PROXY_RATE_LIMIT_STORE: 'redis' },
			'The setting PROXY_RATE_LIMIT_REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379 when PROXY_RATE_LIMIT_STORE is redis, but it is unset.',
		],
		[
			{ PROXY_RATE_LIMIT_STORE: 'redis', PROXY_RATE_LIMIT_REDIS_URL: 'cache:6379' },
			'The setting PROXY_RATE_LIMIT_REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379, but it is "cache:6379".',
		],
		[
			{ PROXY_RATE_LIMIT_STORE: 'redis', PROXY_RATE_LIMIT_REDIS_URL: 'not a url' },
			'The setting PROXY_RATE_LIMIT_REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379, but it is "not a url".',
		],
	])('refuses %j with a sentence naming the setting', (env, message) => {
		expect(() => readRateLimitStore(env)).toThrow(message);
	});

	it('refuses the Durable Object store on Node and Redis on Workers, naming what works there', () => {
		expect(() => readNodeRateLimitStore({ PROXY_RATE_LIMIT_STORE: 'durable-object' })).toThrow(
			'The setting PROXY_RATE_LIMIT_STORE must be memory or redis on Node (durable-object works only on Cloudflare Workers, npm run worker), but it is "durable-object".',
		);
		expect(() => readWorkerRateLimitStore({ PROXY_RATE_LIMIT_STORE: 'redis', PROXY_RATE_LIMIT_REDIS_URL: 'redis://cache:6379' })).toThrow(
			'The setting PROXY_RATE_LIMIT_STORE must be durable-object or memory on Cloudflare Workers (redis works only on Node), but it is "redis".',
		);
		expect(nodeRateLimiter(DEFAULT_CONFIG, {})).toBeInstanceOf(TokenBucketLimiter);
	});

	it('refuses a client-IP header on Workers, where CF-Connecting-IP is the client', () => {
		expect(() => checkWorkerSettings({ PROXY_CLIENT_IP_HEADER: 'x-forwarded-for' })).toThrow(
			'The setting PROXY_CLIENT_IP_HEADER must be unset on Cloudflare Workers (the client is CF-Connecting-IP, which Cloudflare sets and clients cannot forge), but it is "x-forwarded-for".',
		);
		expect(() => checkWorkerSettings({ PROXY_RATE_LIMIT_STORE: 'durable-object' })).not.toThrow();
	});

	it('stops npm start before it listens on a bad store setting (server/settings.ts)', () => {
		expect(() => readServerSettings({ PROXY_RATE_LIMIT_STORE: 'redis' })).toThrow(SettingsError);
		expect(() => readServerSettings({ PROXY_RATE_LIMIT_STORE: 'durable-object' })).toThrow(/must be memory or redis on Node/);
		expect(readServerSettings({ PROXY_RATE_LIMIT_STORE: 'redis', PROXY_RATE_LIMIT_REDIS_URL: 'redis://127.0.0.1:6379' }).port).toBe(4321);
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
