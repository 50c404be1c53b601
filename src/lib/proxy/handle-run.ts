/**
 * `POST /api/run`: the proxy core. Web-standard Request in, Response out, everything it talks to
 * injected (fetch, clock, rate limiter, log), so tests and the Astro route share one code path.
 *
 * Order of checks: origin (403), media type (415), rate limit (429), body size (413), shape and
 * fields (400); then the upstream exchange (upstream-exchange.ts) under the configured limits.
 *
 * Whatever happens inside, the answer is the upstream's relayed answer or a problem+json (an
 * unexpected exception becomes `500 internal_error`, never Astro's HTML error page), it carries
 * the run id in `x-run-id`, and exactly one log line with that id is written: at once, or for
 * an event stream when the stream ends.
 */
import { clientKey } from './client-key.ts';
import type { ProxyConfig } from './config.ts';
import { checkOrigin, siteOriginFor } from './origin-check.ts';
import { parseRunRequest } from './parse-run-request.ts';
import { ProblemError, problemResponse, problemStatus } from './problem.ts';
import { newRunId, RUN_ID_HEADER } from './run-id.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { isJsonContentType, readRequestBody } from './read-request-body.ts';
import { exchangeWithUpstream, type UpstreamFetch } from './upstream-exchange.ts';
import { buildUpstreamRequest } from './upstream-request.ts';

export type { UpstreamFetch };

/** One line per run; deliberately without headers, bodies, keys or the client's address. */
export interface RunLogEntry {
	event: 'run';
	/** Also in the answer's x-run-id header, so a reader can quote it. */
	runId: string;
	status?: number;
	code?: string;
	provider?: string;
	upstreamHost?: string;
	deployment?: string;
	/** How the body ended (`complete`, `client_gone`, `idle_timeout`, …), when one was relayed. */
	outcome?: string;
	/** For `internal_error`: the exception's class and where it was thrown (never its message, which may quote input). */
	error?: string;
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
	/** The run's id when the server already chose one (it logs refusals made before the proxy); else a new one. */
	runId?: string;
	/** Every origin the site's pages have, from the server that knows them (see server/site-origin.ts). */
	siteOrigins?: readonly string[];
	now?: () => number;
	log?: (entry: RunLogEntry) => void;
}

/** What is known about a run so far, for its log line. */
type RunFacts = Pick<RunLogEntry, 'provider' | 'upstreamHost' | 'deployment'>;

export async function handleRun(request: Request, deps: RunDeps): Promise<Response> {
	const now = deps.now ?? Date.now;
	const started = now();
	const runId = deps.runId ?? newRunId();
	const facts: RunFacts = {};
	const log = (entry: Omit<RunLogEntry, 'event' | 'runId' | 'durationMs' | keyof RunFacts>) => deps.log?.({ event: 'run', runId, ...entry, ...facts, durationMs: now() - started });
	// A stream's line waits for its end, so that it can say how the stream ended.
	let streamOutcome: string | undefined;
	let onStreamEnd: ((outcome: string) => void) | undefined;
	let response: Response;
	try {
		response = await run(request, deps, now, started, facts, (outcome) => (onStreamEnd ? onStreamEnd(outcome) : (streamOutcome = outcome)));
	} catch (error) {
		if (error instanceof ProblemError) {
			log({ status: problemStatus(error.code), code: error.code });
			response = error.toResponse();
		} else {
			log({ status: 500, code: 'internal_error', error: describeError(error) });
			response = problemResponse('internal_error', `The run service failed unexpectedly; nothing more was sent. Try again; if it keeps happening, report run id ${runId} to the site's operator.`);
		}
		response.headers.set(RUN_ID_HEADER, runId);
		return response;
	}
	const status = response.status;
	if (response.body && streamOutcome === undefined && response.headers.get('content-type')?.includes('text/event-stream')) {
		onStreamEnd = (outcome) => log({ status, outcome });
	} else {
		log({ status, outcome: streamOutcome });
	}
	response.headers.set(RUN_ID_HEADER, runId);
	return response;
}

/** `RangeError at parse-run-request.ts:42`: enough to find the bug, nothing from the request. */
function describeError(error: unknown): string {
	if (!(error instanceof Error)) return typeof error;
	const frame = error.stack?.split('\n').find((line) => line.trimStart().startsWith('at '));
	const where = frame?.match(/([^/\\(\s]+:\d+):\d+\)?\s*$/)?.[1];
	return where ? `${error.name} at ${where}` : error.name;
}

async function run(request: Request, deps: RunDeps, now: () => number, started: number, facts: RunFacts, onStreamEnd: (outcome: string) => void): Promise<Response> {
	const { config } = deps;
	if (request.method !== 'POST') throw methodNotAllowedError();

	const origin = checkOrigin(request, deps.siteOrigins ?? [siteOriginFor(request, config.siteOrigin)]);
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
	return methodNotAllowedError().toResponse();
}

function methodNotAllowedError(): ProblemError {
	return new ProblemError('method_not_allowed', 'Use POST to run a request; this endpoint accepts nothing else.', { headers: { allow: 'POST' } });
}
