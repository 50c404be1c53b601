/**
 * Sends one run to the site's proxy (`POST /api/run`) and reads the answer: JSON at once, or an
 * event stream chunk by chunk. Measures total time and time to first token from the moment the
 * request starts. Abort (Stop) keeps everything received so far.
 */
import type { RunRequest } from '../../lib/runnable/connection.ts';
import { applyStreamChunk, newStreamState, summarizeJsonAnswer, type Usage } from './answer.ts';
import { applyResponsesEvent, newResponsesStreamState } from './responses-answer.ts';
import { createStreamEventReader } from './sse.ts';
import { RUN_ID_HEADER } from '../../lib/proxy/run-id.ts';
import { COPIED_RESPONSE_HEADERS } from '../../lib/proxy/response-headers.ts';

/** The proxy route (the site config's trailingSlash: 'ignore' lets it answer with or without a slash). */
export const RUN_ENDPOINT = '/api/run';

/** Upstream headers the panel shows: exactly those the proxy passes through (one list, the proxy's). */
export const SHOWN_HEADERS = COPIED_RESPONSE_HEADERS;

export interface RunProgress {
	/** The response status and headers arrived. */
	onResponse?(info: { status: number; statusText: string; headers: [string, string][]; streaming: boolean }): void;
	/** Streamed text arrived (already appended to the running answer). */
	onText?(delta: string, answer: string): void;
	/** One server-sent event arrived: its name, its data, and milliseconds since the request was sent. */
	onEvent?(event: { name: string; data: string; atMs: number }): void;
}

interface Common {
	status?: number;
	statusText?: string;
	headers: [string, string][];
	totalMs: number;
	/** Streaming: first content text; otherwise the arrival of the whole body. */
	firstTokenMs?: number;
	streamed: boolean;
	/** The proxy's id for this run (x-run-id), for the reader to quote when reporting a problem. */
	runId?: string;
}

export type RunOutcome =
	| (Common & { kind: 'ok'; answer: string; usage?: Usage; finishReason?: string; responseStatus?: string })
	| (Common & { kind: 'stopped'; answer: string; usage?: Usage; responseStatus?: string })
	/** The Responses API reported a failed response (response.failed, its stream error event, or status failed). */
	| (Common & { kind: 'response-failed'; answer: string; usage?: Usage; responseStatus?: string; message: string })
	/** The stream broke off; `problem` is the proxy's final `event: error` saying why, when it sent one. */
	| (Common & { kind: 'interrupted'; answer: string; usage?: Usage; message: string; problem?: ProblemDetails })
	| (Common & { kind: 'http-error'; status: number; body: unknown; problem?: ProblemDetails; retryAfterSeconds?: number })
	| (Common & { kind: 'network-error'; message: string });

export interface ProblemDetails {
	type?: string;
	title?: string;
	status?: number;
	detail?: string;
	code?: string;
	field?: string;
}

function pickHeaders(headers: Headers): [string, string][] {
	return SHOWN_HEADERS.flatMap((name) => {
		const value = headers.get(name);
		return value === null ? [] : [[name, value] as [string, string]];
	});
}

/** Seconds to wait from `Retry-After` (seconds or HTTP date) or `retry-after-ms`. */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | undefined {
	const seconds = headers.get('retry-after');
	if (seconds !== null) {
		if (/^\d+$/.test(seconds.trim())) return Number(seconds.trim());
		const date = Date.parse(seconds);
		if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
	}
	const ms = headers.get('retry-after-ms');
	if (ms !== null && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.ceil(Number(ms) / 1000);
	return undefined;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

type Base = Pick<Common, 'status' | 'statusText' | 'headers' | 'streamed' | 'runId'>;

function problemFrom(data: string): ProblemDetails {
	const parsed = parseJson(data);
	return typeof parsed === 'object' && parsed !== null ? (parsed as ProblemDetails) : { detail: String(parsed) };
}

/**
 * The Responses API's named events: text from response.output_text.delta, status and usage from
 * the response each lifecycle event carries; response.completed / .incomplete / .failed end it
 * (there is no [DONE]). An `error` event is the API's own stream error when its data says
 * `"type": "error"`, otherwise the proxy's final problem event.
 */
async function readResponsesStream(response: Response, base: Base, signal: AbortSignal, elapsed: () => number, progress: RunProgress): Promise<RunOutcome> {
	const state = newResponsesStreamState();
	let firstTokenMs: number | undefined;
	let streamProblem: ProblemDetails | undefined;
	const parser = createStreamEventReader(({ name, data }) => {
		progress.onEvent?.({ name, data, atMs: elapsed() });
		if (state.finished || streamProblem) return;
		const parsed = parseJson(data);
		if (name === 'error' && !(typeof parsed === 'object' && parsed !== null && (parsed as { type?: unknown }).type === 'error')) {
			streamProblem = problemFrom(data);
			return;
		}
		const delta = applyResponsesEvent(state, name, parsed);
		if (delta !== '') {
			firstTokenMs ??= elapsed();
			progress.onText?.(delta, state.text);
		}
	});
	const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
	try {
		while (!state.finished && !streamProblem) {
			const { value, done: finished } = await reader.read();
			if (finished) break;
			parser.push(value);
		}
		parser.end();
	} catch (error) {
		const partial = { ...base, answer: state.text, usage: state.usage, responseStatus: state.status, totalMs: elapsed(), firstTokenMs };
		if (isAbort(error) || signal.aborted) return { ...partial, kind: 'stopped' };
		return { ...partial, kind: 'interrupted', message: (error as Error).message || 'The connection closed early.' };
	} finally {
		reader.cancel().catch(() => {});
	}
	const partial = { ...base, answer: state.text, usage: state.usage, totalMs: elapsed(), firstTokenMs };
	if (streamProblem) {
		const message = streamProblem.detail ?? streamProblem.title ?? 'The run service ended the stream with an error.';
		return { ...partial, kind: 'interrupted', message, problem: streamProblem };
	}
	if (state.error) return { ...partial, kind: 'response-failed', responseStatus: state.status, message: state.error };
	if (!state.finished) return { ...partial, kind: 'interrupted', message: 'The stream ended before the response finished (no response.completed event).' };
	return { ...partial, kind: 'ok', responseStatus: state.status };
}

export async function runRequest(request: RunRequest, signal: AbortSignal, progress: RunProgress = {}): Promise<RunOutcome> {
	const started = performance.now();
	const elapsed = () => Math.round(performance.now() - started);
	let response: Response;
	try {
		response = await fetch(RUN_ENDPOINT, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
			body: JSON.stringify(request),
			signal,
			credentials: 'same-origin',
			cache: 'no-store',
		});
	} catch (error) {
		if (isAbort(error)) return { kind: 'stopped', answer: '', headers: [], totalMs: elapsed(), streamed: false };
		return { kind: 'network-error', message: (error as Error).message || 'The request could not be sent.', headers: [], totalMs: elapsed(), streamed: false };
	}

	const headers = pickHeaders(response.headers);
	const contentType = response.headers.get('content-type') ?? '';
	const streaming = response.ok && contentType.includes('text/event-stream');
	const base = { status: response.status, statusText: response.statusText, headers, streamed: streaming, runId: response.headers.get(RUN_ID_HEADER) ?? undefined };
	progress.onResponse?.({ status: response.status, statusText: response.statusText, headers, streaming });

	if (!streaming) {
		let text: string;
		try {
			text = await response.text();
		} catch (error) {
			if (isAbort(error)) return { ...base, kind: 'stopped', answer: '', totalMs: elapsed() };
			return { ...base, kind: 'interrupted', answer: '', message: (error as Error).message, totalMs: elapsed() };
		}
		const totalMs = elapsed();
		const body = parseJson(text);
		if (!response.ok) {
			const problem = contentType.includes('application/problem+json') && typeof body === 'object' && body !== null ? (body as ProblemDetails) : undefined;
			return { ...base, kind: 'http-error', status: response.status, body, problem, retryAfterSeconds: retryAfterSeconds(response.headers), totalMs };
		}
		const summary = summarizeJsonAnswer(body);
		if (summary.status === 'failed')
			return { ...base, kind: 'response-failed', answer: summary.text, usage: summary.usage, responseStatus: summary.status, message: summary.error ?? 'The response failed.', totalMs };
		return { ...base, kind: 'ok', answer: summary.text, usage: summary.usage, finishReason: summary.finishReason, responseStatus: summary.status, totalMs, firstTokenMs: totalMs };
	}
	if (request.target.operation === 'responses') return readResponsesStream(response, base, signal, elapsed, progress);

	// Streaming: parse events as they arrive; `[DONE]` ends the answer, and the proxy's final
	// `event: error` (idle timeout, size limit, broken upstream) ends it with the reason.
	const state = newStreamState();
	let firstTokenMs: number | undefined;
	let done = false;
	let streamProblem: ProblemDetails | undefined;
	const parser = createStreamEventReader(({ name, data }) => {
		progress.onEvent?.({ name, data, atMs: elapsed() });
		if (done || streamProblem) return;
		if (name === 'error') {
			const parsed = parseJson(data);
			streamProblem = typeof parsed === 'object' && parsed !== null ? (parsed as ProblemDetails) : { detail: String(parsed) };
			return;
		}
		if (name !== 'message') return;
		if (data === '[DONE]') {
			done = true;
			return;
		}
		const delta = applyStreamChunk(state, parseJson(data));
		if (delta !== '') {
			firstTokenMs ??= elapsed();
			progress.onText?.(delta, state.text);
		}
	});
	const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
	try {
		while (!done && !streamProblem) {
			const { value, done: finished } = await reader.read();
			if (finished) break;
			parser.push(value);
		}
		parser.end();
	} catch (error) {
		const partial = { ...base, answer: state.text, usage: state.usage, totalMs: elapsed(), firstTokenMs };
		if (isAbort(error) || signal.aborted) return { ...partial, kind: 'stopped' };
		return { ...partial, kind: 'interrupted', message: (error as Error).message || 'The connection closed early.' };
	} finally {
		reader.cancel().catch(() => {});
	}
	if (streamProblem) {
		const message = streamProblem.detail ?? streamProblem.title ?? 'The run service ended the stream with an error.';
		return { ...base, kind: 'interrupted', answer: state.text, usage: state.usage, totalMs: elapsed(), firstTokenMs, message, problem: streamProblem };
	}
	if (!done) {
		return { ...base, kind: 'interrupted', answer: state.text, usage: state.usage, totalMs: elapsed(), firstTokenMs, message: 'The stream ended before the final [DONE] event.' };
	}
	return { ...base, kind: 'ok', answer: state.text, usage: state.usage, finishReason: state.finishReason, totalMs: elapsed(), firstTokenMs };
}
