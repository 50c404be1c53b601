/**
 * The proxy on Node (`npm start`, any Node host): settings from process.env, the undici fetch with
 * the connect-time address guard, the socket address (or the trusted header, in the core) as the
 * client, and the rate-limit store PROXY_RATE_LIMIT_STORE names (memory or Redis).
 * The route imports this as `#proxy-runtime` (package.json "imports"); the Worker build gets
 * worker.ts instead.
 */
import type { ProxyConfig } from '../config.ts';
import { createProxy, memoryRateLimiter, type Proxy } from '../create-proxy.ts';
import { FallbackRateLimiter } from '../fallback-rate-limiter.ts';
import { createProductionFetch } from '../production-fetch.ts';
import { readNodeRateLimitStore } from '../rate-limit-settings.ts';
import type { RateLimiter } from '../rate-limiter.ts';
import { RedisRateLimiter, redisDisplayName } from '../redis-rate-limiter.ts';

type Env = Record<string, string | undefined>;

/** The rate-limit store for a Node process. */
export function nodeRateLimiter(config: ProxyConfig, env: Env): RateLimiter {
	const setting = readNodeRateLimitStore(env);
	if (setting.store === 'memory') return memoryRateLimiter(config);
	const redis = new RedisRateLimiter({ redisUrl: setting.redisUrl, perMinute: config.rateLimitPerMinute, burst: config.rateLimitBurst });
	return new FallbackRateLimiter(redis, memoryRateLimiter(config), { storeName: redisDisplayName(setting.redisUrl) });
}

export function createRuntimeProxy(env: Env = process.env): Proxy {
	return createProxy(env, (config) => {
		const { fetch, fetchTrusted } = createProductionFetch(config);
		return { fetch, fetchTrusted, rateLimiter: nodeRateLimiter(config, env) };
	});
}

/** On Node the adapter's address is the socket's peer (PROXY_CLIENT_IP_HEADER is applied in the core). */
export function clientAddressOf(_request: Request, platformAddress: string | undefined): string | undefined {
	return platformAddress;
}
