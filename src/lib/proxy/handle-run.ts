/**
 * `POST /api/run`: the proxy core. Web-standard Request in, Response out, everything it talks to
 * injected (fetch, clock, rate limiter, log), so tests and the Astro route share one code path.
 *
 * Order of checks: origin (403), media type (415), rate limit (429), body size (413), shape and
 * fields (400); then the upstream exchange (upstream-exchange.ts) under the configured limits.
 */
import { clientKey } from './client-key.ts';
import type { ProxyConfig } from './config.ts';
import { checkOrigin, siteOriginFor } from './origin-check.ts';
import { parseRunRequest } from './parse-run-request.ts';
import { ProblemError, problemResponse, problemStatus } from './problem.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { isJsonContentType, readRequestBody } from './read-request-body.ts';
import { exchangeWithUpstream, type UpstreamFetch } from './upstream-exchange.ts';
import { buildUpstreamRequest } from './upstream-request.ts';

export type { UpstreamFetch };

/** One line per run; deliberately without headers, bodies, keys or the client's address. */
export interface RunLogEntry {
	event: 'run' | 'stream_end';
	status?: number;
	code?: string;
	provider?: string;
	upstreamHost?: string;
	deployment?: string;
	outcome?: string;
	durationMs: number;
}

export interface RunDeps {
	/** Fetch for Azure endpoints (in production: undici with the public-address guard). */
	fetch: UpstreamFetch;
	/** Fetch for the operator-configured mock (loopback, so without the guard); defaults to `fetch`. */
	fetchTrusted?: UpstreamFetch;
	config: ProxyConfig;
	rateLimiter: RateLimiter;
	/** Socket address of the client, from the route. */
	clientAddress?: string;
	now?: () => number;
	log?: (entry: RunLogEntry) => void;
}

/** What is known about a run so far, for its log line. */
type RunFacts = Pick<RunLogEntry, 'provider' | 'upstreamHost' | 'deployment'>;

export async function handleRun(request: Request, deps: RunDeps): Promise<Response> {
	const now = deps.now ?? Date.now;
	const started = now();
	const facts: RunFacts = {};
	const log = (entry: Omit<RunLogEntry, 'durationMs' | keyof RunFacts>) => deps.log?.({ ...entry, ...facts, durationMs: now() - started });
	try {
		const response = await run(request, deps, now, started, facts, (outcome) => log({ event: 'stream_end', outcome }));
		log({ event: 'run', status: response.status });
		return response;
	} catch (error) {
		if (!(error instanceof ProblemError)) throw error;
		log({ event: 'run', status: problemStatus(error.code), code: error.code });
		return error.toResponse();
	}
}

async function run(request: Request, deps: RunDeps, now: () => number, started: number, facts: RunFacts, onStreamEnd: (outcome: string) => void): Promise<Response> {
	const { config } = deps;
	if (request.method !== 'POST') return methodNotAllowed();

	const origin = checkOrigin(request, siteOriginFor(request, config.siteOrigin));
	if (!origin.ok) throw new ProblemError('forbidden_origin', origin.detail);
	if (!isJsonContentType(request.headers.get('content-type'))) {
		throw new ProblemError('unsupported_media_type', 'Send the request as JSON with the header Content-Type: application/json.');
	}
	const decision = await deps.rateLimiter.take(clientKey(request, deps.clientAddress, config.clientIpHeader), now());
	if (!decision.allowed) {
		throw new ProblemError('rate_limited', `Too many runs from your address. Wait ${decision.retryAfterSeconds} s and try again.`, { headers: { 'retry-after': String(decision.retryAfterSeconds) } });
	}

	const runRequest = parseRunRequest(await readRequestBody(request, config.maxRequestBytes));
	const upstream = buildUpstreamRequest(runRequest, config.mockUrl);
	facts.provider = runRequest.provider;
	facts.deployment = runRequest.deployment;
	facts.upstreamHost = new URL(upstream.url).host;

	return exchangeWithUpstream({
		upstream,
		fetch: upstream.trusted ? (deps.fetchTrusted ?? deps.fetch) : deps.fetch,
		config,
		remainingMs: started + config.totalTimeoutMs - now(),
		now,
		clientSignal: request.signal,
		onStreamEnd,
	});
}

/** 405 for anything but POST (OPTIONS included: this endpoint grants no CORS preflight). */
export function methodNotAllowed(): Response {
	return problemResponse('method_not_allowed', 'Use POST to run a request; this endpoint accepts nothing else.', { headers: { allow: 'POST' } });
}
