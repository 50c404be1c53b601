/**
 * Wires the proxy for a real server from the environment: configuration, production fetch and
 * an in-memory rate limiter. The route keeps one instance for the life of the process.
 */
import { readProxyConfig } from './config.ts';
import { handleRun, methodNotAllowed, type RunDeps, type RunLogEntry } from './handle-run.ts';
import { createProductionFetch } from './production-fetch.ts';
import { TokenBucketLimiter, type RateLimiter } from './rate-limiter.ts';

/** What the server knows about one request beyond the Request itself. */
export interface RunContext {
	runId?: string;
	siteOrigins?: readonly string[];
}

export interface Proxy {
	handle(request: Request, clientAddress: string | undefined, context?: RunContext): Promise<Response>;
}

export function createProxy(env: Record<string, string | undefined>, options: { rateLimiter?: RateLimiter; log?: (entry: RunLogEntry) => void } = {}): Proxy {
	const config = readProxyConfig(env);
	const { fetch, fetchTrusted } = createProductionFetch(config);
	const deps: RunDeps = {
		fetch,
		fetchTrusted,
		config,
		rateLimiter: options.rateLimiter ?? new TokenBucketLimiter({ perMinute: config.rateLimitPerMinute, burst: config.rateLimitBurst }),
		log: options.log ?? ((entry) => console.info(`[api/run] ${JSON.stringify(entry)}`)),
	};
	return { handle: (request, clientAddress, context = {}) => handleRun(request, { ...deps, clientAddress, runId: context.runId, siteOrigins: context.siteOrigins }) };
}

export { methodNotAllowed };
