/**
 * Relays an accepted upstream answer to the reader.
 *
 * JSON is read fully (within the size and time limits) and checked to be JSON before any header
 * goes out, so every failure can still become a clean problem response. Server-sent events are
 * relayed as they arrive, whole events at a time; if a limit trips or the connection breaks after
 * the first bytes went out, the stream ends with an `event: error` explaining why.
 */
import { BodyFault, LimitedBodyReader } from './body-reader.ts';
import type { ProxyConfig } from './config.ts';
import { describeBodyFault } from './fault-messages.ts';
import { ProblemError } from './problem.ts';
import { passthroughHeaders } from './response-headers.ts';
import { completeEventsEnd, concatBytes, sseErrorEvent } from './sse.ts';

export interface PassthroughContext {
	upstream: Response;
	config: ProxyConfig;
	/** Aborts the upstream fetch (closes its socket). */
	abortUpstream: () => void;
	/** Milliseconds left before the run's total deadline. */
	remainingMs: number;
	/** The reader's request signal: when it aborts, upstream is aborted too. */
	clientSignal: AbortSignal;
	/** Called once when the body has been fully relayed or ended, with the outcome. */
	onEnd?: (outcome: string) => void;
}

function watchClient(signal: AbortSignal, reader: LimitedBodyReader): () => void {
	const onAbort = () => reader.trip('client_gone');
	if (signal.aborted) onAbort();
	else signal.addEventListener('abort', onAbort, { once: true });
	return () => signal.removeEventListener('abort', onAbort);
}

export async function relayJson(context: PassthroughContext): Promise<Response> {
	const { upstream, config } = context;
	if (!upstream.body) throw new ProblemError('upstream_invalid', `The deployment answered with status ${upstream.status} and an empty body instead of JSON.`);
	const reader = new LimitedBodyReader(upstream.body, context.abortUpstream, { maxBytes: config.maxResponseBytes, idleTimeoutMs: config.idleTimeoutMs, remainingMs: context.remainingMs });
	const unwatch = watchClient(context.clientSignal, reader);
	const chunks: Uint8Array[] = [];
	try {
		for (let chunk = await reader.read(); chunk !== null; chunk = await reader.read()) chunks.push(chunk);
	} catch (error) {
		if (error instanceof BodyFault && error.kind !== 'client_gone') {
			const { code, detail } = describeBodyFault(error.kind, config, false);
			context.onEnd?.(error.kind);
			throw new ProblemError(code, detail);
		}
		context.onEnd?.('client_gone');
		throw new ProblemError('upstream_unreachable', 'The request was cancelled before the answer arrived.');
	} finally {
		unwatch();
		reader.dispose();
	}
	const body = new Uint8Array(reader.bytesRead);
	let offset = 0;
	for (const chunk of chunks) {
		body.set(chunk, offset);
		offset += chunk.byteLength;
	}
	try {
		JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
	} catch {
		context.onEnd?.('invalid_json');
		throw new ProblemError(
			'upstream_invalid',
			`The deployment answered with status ${upstream.status} and content type JSON, but the body is not valid JSON. Try again; if it persists, check the endpoint is an Azure OpenAI resource.`,
		);
	}
	context.onEnd?.('complete');
	return new Response(body, { status: upstream.status, headers: passthroughHeaders(upstream.headers) });
}

export function relayEventStream(context: PassthroughContext): Response {
	const { upstream, config } = context;
	const headers = passthroughHeaders(upstream.headers);
	// Tells nginx-style buffering proxies in front of the site to pass events through at once.
	headers.set('x-accel-buffering', 'no');
	if (!upstream.body) {
		context.onEnd?.('empty');
		return new Response(null, { status: upstream.status, headers });
	}
	const reader = new LimitedBodyReader(upstream.body, context.abortUpstream, { maxBytes: config.maxStreamBytes, idleTimeoutMs: config.idleTimeoutMs, remainingMs: context.remainingMs });
	const unwatch = watchClient(context.clientSignal, reader);
	let held: Uint8Array = new Uint8Array();
	let ended = false;
	const end = (outcome: string) => {
		if (ended) return;
		ended = true;
		unwatch();
		reader.dispose();
		context.onEnd?.(outcome);
	};

	const stream = new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				try {
					// Loop until something is enqueued: a pull that enqueues nothing is not repeated.
					for (;;) {
						const chunk = await reader.read();
						if (chunk === null) {
							if (held.byteLength > 0) controller.enqueue(held);
							controller.close();
							end('complete');
							return;
						}
						const pending = concatBytes(held, chunk);
						const cut = completeEventsEnd(pending);
						held = pending.slice(cut);
						if (cut > 0) {
							controller.enqueue(pending.subarray(0, cut));
							return;
						}
					}
				} catch (error) {
					const kind = error instanceof BodyFault ? error.kind : 'broken';
					if (kind === 'client_gone') {
						controller.close();
						end(kind);
						return;
					}
					// Half an event is dropped so the error event stands on its own.
					const { code, detail } = describeBodyFault(kind, config, true);
					controller.enqueue(sseErrorEvent(code, detail));
					controller.close();
					end(kind);
				}
			},
			cancel() {
				// The reader went away (tab closed, fetch aborted): stop the upstream request too.
				reader.trip('client_gone');
				end('client_gone');
			},
		},
		{ highWaterMark: 0 },
	);
	return new Response(stream, { status: upstream.status, headers });
}
