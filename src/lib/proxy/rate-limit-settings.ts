/**
 * Which rate-limit store the proxy uses, from the environment. Kept apart from config.ts because
 * the choice belongs to the runtime (Node can reach Redis; a Worker has Durable Objects), while
 * the limits themselves (PROXY_RATE_LIMIT_PER_MINUTE / _BURST) are the same everywhere.
 *
 * PROXY_RATE_LIMIT_STORE: `memory` (default: one process), `redis` (Node instances behind a load
 * balancer; needs PROXY_RATE_LIMIT_REDIS_URL) or `durable-object` (Cloudflare Workers; needs the
 * RUN_RATE_LIMITER Durable Object binding of wrangler.jsonc).
 */

export type RateLimitStoreSetting = { store: 'memory' } | { store: 'redis'; redisUrl: string } | { store: 'durable-object' };

export const RATE_LIMIT_STORES = ['memory', 'redis', 'durable-object'] as const;

export function readRateLimitStore(env: Record<string, string | undefined>): RateLimitStoreSetting {
	const store = (env.PROXY_RATE_LIMIT_STORE ?? '').trim() || 'memory';
	if (store === 'memory' || store === 'durable-object') return { store };
	if (store !== 'redis') {
		throw new Error(`PROXY_RATE_LIMIT_STORE="${store}" is not a rate-limit store. Use one of ${RATE_LIMIT_STORES.join(', ')}, or unset it for memory.`);
	}
	const raw = env.PROXY_RATE_LIMIT_REDIS_URL?.trim();
	if (!raw) throw new Error('PROXY_RATE_LIMIT_STORE=redis needs PROXY_RATE_LIMIT_REDIS_URL, e.g. redis://127.0.0.1:6379 (rediss:// for TLS).');
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error('PROXY_RATE_LIMIT_REDIS_URL is not a URL. Set it like redis://127.0.0.1:6379 or rediss://user:password@host:6380.');
	}
	if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
		throw new Error(`PROXY_RATE_LIMIT_REDIS_URL must start with redis:// or rediss://; it starts with ${url.protocol}//.`);
	}
	return { store: 'redis', redisUrl: raw };
}
