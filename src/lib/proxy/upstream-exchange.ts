/**
 * The call to upstream and the decision what to do with its answer. Owns the first-byte timeout
 * and the link between the reader's disconnect and aborting the fetch; once headers are in, a
 * redirect or a non-JSON/SSE content type is refused, JSON is relayed whole and event streams as
 * they arrive (passthrough.ts enforces the idle, total and size limits from there on).
 */
import type { ProxyConfig } from './config.ts';
import { firstByteTimeoutDetail } from './fault-messages.ts';
import { upstreamFetchProblem } from './fetch-errors.ts';
import { relayEventStream, relayJson } from './passthrough.ts';
import { ProblemError } from './problem.ts';
import { upstreamMediaType } from './response-headers.ts';
import type { UpstreamRequest } from './upstream-request.ts';

export type UpstreamFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface ExchangeOptions {
	upstream: UpstreamRequest;
	fetch: UpstreamFetch;
	config: ProxyConfig;
	/** Milliseconds left of the run's total deadline when the exchange starts. */
	remainingMs: number;
	now: () => number;
	/** The reader's request signal: aborted when they disconnect. */
	clientSignal: AbortSignal;
	onStreamEnd?: (outcome: string) => void;
}

export async function exchangeWithUpstream(options: ExchangeOptions): Promise<Response> {
	const { upstream, config, clientSignal } = options;
	const host = new URL(upstream.url).host;
	const started = options.now();
	// One controller for the whole exchange: timeouts and the reader leaving abort it.
	const controller = new AbortController();
	const abortUpstream = () => controller.abort();
	let headerFault: 'first_byte' | 'client_gone' | null = null;
	const firstByteTimer = setTimeout(
		() => {
			headerFault = 'first_byte';
			abortUpstream();
		},
		Math.min(config.firstByteTimeoutMs, options.remainingMs),
	);
	const onClientAbort = () => {
		headerFault = 'client_gone';
		abortUpstream();
	};
	if (clientSignal.aborted) onClientAbort();
	else clientSignal.addEventListener('abort', onClientAbort, { once: true });

	let response: Response;
	try {
		response = await options.fetch(upstream.url, { method: 'POST', headers: upstream.headers, body: upstream.body, redirect: 'manual', signal: controller.signal });
	} catch (error) {
		if (headerFault === 'first_byte') throw new ProblemError('upstream_timeout', firstByteTimeoutDetail(config));
		if (headerFault === 'client_gone') throw new ProblemError('upstream_unreachable', 'The request was cancelled before the deployment answered.');
		throw upstreamFetchProblem(error, host);
	} finally {
		clearTimeout(firstByteTimer);
		clientSignal.removeEventListener('abort', onClientAbort);
	}

	const discard = () => {
		abortUpstream();
		response.body?.cancel().catch(() => {});
	};
	if (response.status >= 300 && response.status < 400) {
		discard();
		throw new ProblemError(
			'upstream_invalid',
			`The deployment answered with a redirect (status ${response.status}), which the proxy never follows. Check that the endpoint is the resource's own address from the Azure portal.`,
		);
	}
	const mediaType = upstreamMediaType(response.headers.get('content-type'));
	if (mediaType === null) {
		discard();
		throw new ProblemError(
			'upstream_invalid',
			`The deployment answered with status ${response.status} but not with JSON or an event stream, so the proxy did not relay it. Check that the endpoint is an Azure OpenAI resource.`,
		);
	}
	const context = { upstream: response, config, abortUpstream, remainingMs: options.remainingMs - (options.now() - started), clientSignal };
	if (mediaType === 'json') return relayJson(context);
	return relayEventStream({ ...context, onEnd: options.onStreamEnd });
}
