/**
 * Which rate-limit store the proxy uses, from the environment. Kept apart from config.ts because
 * the choice belongs to the runtime (Node can reach Redis; a Worker has Durable Objects), while
 * the limits themselves (PROXY_RATE_LIMIT_PER_MINUTE / _BURST) are the same everywhere.
 *
 * PROXY_RATE_LIMIT_STORE: `memory` (default: one process), `redis` (Node instances behind a load
 * balancer; needs PROXY_RATE_LIMIT_REDIS_URL) or `durable-object` (Cloudflare Workers; needs the
 * RUN_RATE_LIMITER Durable Object binding of wrangler.jsonc). `npm start` checks them before it
 * listens (server/settings.ts), with the same sentences as every other setting.
 */
import { z } from 'zod';
import { readSettings, SettingsError, text } from '../settings/env-fields.ts';

export type RateLimitStoreSetting = { store: 'memory' } | { store: 'redis'; redisUrl: string } | { store: 'durable-object' };

export const RATE_LIMIT_STORES = ['memory', 'redis', 'durable-object'] as const;

function isRedisUrl(raw: string): boolean {
	try {
		const url = new URL(raw);
		return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
	} catch {
		return false;
	}
}

const REDIS_URL_EXPECTED = 'a redis:// or rediss:// URL such as redis://127.0.0.1:6379';

export const rateLimitStoreEnvSchema = z.object({
	PROXY_RATE_LIMIT_STORE: text().refine((value) => value === undefined || (RATE_LIMIT_STORES as readonly string[]).includes(value), {
		message: 'one of memory, redis or durable-object (unset, it is memory)',
	}),
	PROXY_RATE_LIMIT_REDIS_URL: text().refine((value) => value === undefined || isRedisUrl(value), { message: REDIS_URL_EXPECTED }),
});

export function readRateLimitStore(env: Record<string, string | undefined>): RateLimitStoreSetting {
	const parsed = readSettings(rateLimitStoreEnvSchema, env);
	const store = (parsed.PROXY_RATE_LIMIT_STORE ?? 'memory') as (typeof RATE_LIMIT_STORES)[number];
	if (store !== 'redis') return { store };
	if (!parsed.PROXY_RATE_LIMIT_REDIS_URL) {
		throw new SettingsError(`The setting PROXY_RATE_LIMIT_REDIS_URL must be ${REDIS_URL_EXPECTED} when PROXY_RATE_LIMIT_STORE is redis, but it is unset.`);
	}
	return { store, redisUrl: parsed.PROXY_RATE_LIMIT_REDIS_URL };
}

/** The store for a Node process: memory or Redis (a Durable Object exists only on Workers). */
export function readNodeRateLimitStore(env: Record<string, string | undefined>): Exclude<RateLimitStoreSetting, { store: 'durable-object' }> {
	const setting = readRateLimitStore(env);
	if (setting.store === 'durable-object') {
		throw new SettingsError('The setting PROXY_RATE_LIMIT_STORE must be memory or redis on Node (durable-object works only on Cloudflare Workers, npm run worker), but it is "durable-object".');
	}
	return setting;
}

/** The store for a Worker: memory or its Durable Object (no TCP Redis client runs there). */
export function readWorkerRateLimitStore(env: Record<string, string | undefined>): Exclude<RateLimitStoreSetting, { store: 'redis' }> {
	// Checked before the Redis URL, which would be beside the point here.
	if (env.PROXY_RATE_LIMIT_STORE?.trim() === 'redis') {
		throw new SettingsError('The setting PROXY_RATE_LIMIT_STORE must be durable-object or memory on Cloudflare Workers (redis works only on Node), but it is "redis".');
	}
	return readRateLimitStore(env) as Exclude<RateLimitStoreSetting, { store: 'redis' }>;
}
