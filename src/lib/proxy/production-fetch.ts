/**
 * The fetch functions the real server uses: undici with redirects off (set per request by the
 * core), a connect timeout, and the connect-time address guard for Azure hosts. The mock, an
 * operator-configured loopback server, gets a plain agent without the guard.
 */
import { lookup } from 'node:dns/promises';
import { Agent, fetch as undiciFetch } from 'undici';
import type { ProxyConfig } from './config.ts';
import { createGuardedLookup, type Resolver } from './guarded-lookup.ts';
import type { UpstreamFetch } from './upstream-exchange.ts';

const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

function fetchWith(agent: Agent): UpstreamFetch {
	return (url, init) => undiciFetch(url, { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher: agent }) as unknown as Promise<Response>;
}

export interface ProductionFetch {
	fetch: UpstreamFetch;
	fetchTrusted: UpstreamFetch;
	/** Closes both connection pools (for tests and graceful shutdown). */
	close(): Promise<void>;
}

export function createProductionFetch(config: ProxyConfig, resolver: Resolver = systemResolver): ProductionFetch {
	// The core enforces first-byte/idle/total itself; undici's own timers are a looser backstop.
	const timers = { headersTimeout: config.firstByteTimeoutMs + 5_000, bodyTimeout: config.idleTimeoutMs + 5_000 };
	const guarded = new Agent({
		...timers,
		connect: { timeout: config.connectTimeoutMs, lookup: createGuardedLookup(resolver, { allowPrivate: config.allowPrivateRanges }) },
	});
	const plain = new Agent({ ...timers, connect: { timeout: config.connectTimeoutMs } });
	return {
		fetch: fetchWith(guarded),
		fetchTrusted: fetchWith(plain),
		close: async () => {
			await Promise.all([guarded.close(), plain.close()]);
		},
	};
}
