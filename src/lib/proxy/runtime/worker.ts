/**
 * The proxy on Cloudflare Workers: settings from the Worker's vars (wrangler.jsonc, or
 * `wrangler dev --var`), the platform fetch (no DNS guard can run here: see SECURITY.md, "On
 * Cloudflare Workers"), the client address Cloudflare sets in CF-Connecting-IP, and a Durable
 * Object per client as the rate-limit store when PROXY_RATE_LIMIT_STORE=durable-object.
 * Chosen for the Worker build by the "workerd" condition of `#proxy-runtime` in package.json.
 */
import { env as workerEnv } from 'cloudflare:workers';
import type { ProxyConfig } from '../config.ts';
import { createProxy, memoryRateLimiter, type Proxy } from '../create-proxy.ts';
import { DurableObjectRateLimiter, type RateLimitNamespace } from '../durable-object-rate-limiter.ts';
import { FallbackRateLimiter } from '../fallback-rate-limiter.ts';
import { readWorkerRateLimitStore } from '../rate-limit-settings.ts';
import { checkWorkerSettings } from '../worker-settings.ts';
import type { RateLimiter } from '../rate-limiter.ts';
import type { UpstreamFetch } from '../upstream-exchange.ts';
import { SettingsError } from '../../settings/env-fields.ts';

/** The binding name of the rate-limit Durable Object in wrangler.jsonc. */
export const RATE_LIMIT_BINDING = 'RUN_RATE_LIMITER';

type Bindings = Record<string, unknown>;

/** The Worker's string vars as a settings source (bindings such as ASSETS are objects and skipped). */
export function settingsFrom(bindings: Bindings): Record<string, string | undefined> {
	const settings: Record<string, string | undefined> = {};
	for (const [name, value] of Object.entries(bindings)) if (typeof value === 'string') settings[name] = value;
	return settings;
}

export function workerRateLimiter(config: ProxyConfig, settings: Record<string, string | undefined>, bindings: Bindings): RateLimiter {
	const setting = readWorkerRateLimitStore(settings);
	if (setting.store === 'memory') return memoryRateLimiter(config);
	const namespace = bindings[RATE_LIMIT_BINDING] as RateLimitNamespace | undefined;
	if (!namespace || typeof namespace.idFromName !== 'function') {
		throw new SettingsError(
			`The setting PROXY_RATE_LIMIT_STORE is durable-object, but the Worker has no Durable Object binding ${RATE_LIMIT_BINDING} (class RunRateLimiter): add it to wrangler.jsonc, or set PROXY_RATE_LIMIT_STORE=memory.`,
		);
	}
	const shared = new DurableObjectRateLimiter(namespace, { perMinute: config.rateLimitPerMinute, burst: config.rateLimitBurst });
	return new FallbackRateLimiter(shared, memoryRateLimiter(config), { storeName: `Durable Object ${RATE_LIMIT_BINDING}` });
}

/** Uploads up to this size are read and dropped after a refusal; a larger one loses its connection. */
const DISCARD_LIMIT_BYTES = 1024 * 1024;

async function discardUpload(body: ReadableStream<Uint8Array>, limit: number): Promise<void> {
	const reader = body.getReader();
	let bytes = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			bytes += value.byteLength;
			if (bytes > limit) {
				await reader.cancel();
				return;
			}
		}
	} catch {
		// The reader hung up mid-upload: nothing left to discard.
	}
}

// Redirects stay off (set per request by the core); the platform refuses private destinations.
const platformFetch: UpstreamFetch = (url, init) => fetch(url, init);

export function createRuntimeProxy(bindings: Bindings = workerEnv as unknown as Bindings): Proxy {
	const settings = settingsFrom(bindings);
	checkWorkerSettings(settings);
	const proxy = createProxy(settings, (config) => ({ fetch: platformFetch, rateLimiter: workerRateLimiter(config, settings, bindings) }));
	return {
		async handle(request, clientAddress, context) {
			const response = await proxy.handle(request, clientAddress, context);
			// A refusal answers before reading the upload. workerd then needs the upload read to its
			// end, or the client's next request on the same keep-alive connection fails (wrangler dev
			// answers 500 "Network connection lost"; cancelling the body is not enough). Node's server
			// discards unread bodies by itself.
			if (!request.bodyUsed && request.body) await discardUpload(request.body, DISCARD_LIMIT_BYTES);
			return response;
		},
	};
}

/** Cloudflare sets CF-Connecting-IP on every request and overwrites any value a client sent. */
export function clientAddressOf(request: Request, platformAddress: string | undefined): string | undefined {
	return request.headers.get('cf-connecting-ip') ?? platformAddress;
}
