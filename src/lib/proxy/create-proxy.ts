/**
 * Wires the proxy core to one runtime. The core (handle-run.ts and what it calls) is the same
 * everywhere; a runtime supplies only its settings source, its fetch, its client-address source
 * and its rate-limit store (src/lib/proxy/runtime/node.ts for `npm start`, worker.ts for
 * Cloudflare Workers). The route keeps one instance for the life of the process or isolate.
 */
import { readProxyConfig, type ProxyConfig } from './config.ts';
import { handleRun, methodNotAllowed, type RunDeps, type RunLogEntry, type UpstreamFetch } from './handle-run.ts';
import { TokenBucketLimiter, type RateLimiter } from './rate-limiter.ts';

/** What the server knows about one request beyond the Request itself. */
export interface RunContext {
	runId?: string;
	siteOrigins?: readonly string[];
}

export interface Proxy {
	handle(request: Request, clientAddress: string | undefined, context?: RunContext): Promise<Response>;
}

/** What differs per runtime. */
export interface ProxyRuntime {
	/** Fetch for Azure endpoints (Node: undici with the connect-time address guard; Workers: the platform fetch). */
	fetch: UpstreamFetch;
	/** Fetch for the operator-configured mock; defaults to `fetch`. */
	fetchTrusted?: UpstreamFetch;
	/** The shared or local rate-limit store; defaults to an in-memory token bucket. */
	rateLimiter?: RateLimiter;
	log?: (entry: RunLogEntry) => void;
}

/** The in-memory store every runtime falls back to: one token bucket per client, in this process. */
export function memoryRateLimiter(config: ProxyConfig): TokenBucketLimiter {
	return new TokenBucketLimiter({ perMinute: config.rateLimitPerMinute, burst: config.rateLimitBurst });
}

export function wireProxy(config: ProxyConfig, runtime: ProxyRuntime): Proxy {
	const deps: RunDeps = {
		fetch: runtime.fetch,
		fetchTrusted: runtime.fetchTrusted,
		config,
		rateLimiter: runtime.rateLimiter ?? memoryRateLimiter(config),
		log: runtime.log ?? ((entry) => console.info(`[api/run] ${JSON.stringify(entry)}`)),
	};
	return { handle: (request, clientAddress, context = {}) => handleRun(request, { ...deps, clientAddress, runId: context.runId, siteOrigins: context.siteOrigins }) };
}

/** Reads the settings from `env` and wires the proxy; `runtime` builds the runtime parts from them. */
export function createProxy(env: Record<string, string | undefined>, runtime: (config: ProxyConfig) => ProxyRuntime): Proxy {
	const config = readProxyConfig(env);
	return wireProxy(config, runtime(config));
}

export { methodNotAllowed };
