// Shared helpers for the mock's HTTP tests: start a mock on an ephemeral port, call it with
// fetch, and split server-sent events.

import { startMockServer, type MockServer, type MockServerOptions } from '../../../mock/server.ts';

export const GA = '2024-10-21';

export async function startMock(options: MockServerOptions = {}): Promise<MockServer> {
	return startMockServer({ port: 0, chunkDelayMs: 0, ...options });
}

export function datedUrl(mock: MockServer, deployment: string, operation = 'chat/completions', apiVersion: string | null = GA): string {
	const query = apiVersion === null ? '' : `?api-version=${encodeURIComponent(apiVersion)}`;
	return `${mock.url}/openai/deployments/${encodeURIComponent(deployment)}/${operation}${query}`;
}

export function post(url: string, body: unknown, init: { headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<Response> {
	return fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'api-key': 'test-key', ...init.headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
		// Every test request is bounded, so a misbehaving mock fails the test instead of hanging it.
		signal: init.signal ?? AbortSignal.timeout(10_000),
	});
}

export const hello = { messages: [{ role: 'user', content: 'How do I call my deployment?' }] };

/** The `data:` payloads of an SSE text, in order. */
export function sseData(text: string): string[] {
	return text
		.split('\n\n')
		.filter((event) => event.trim() !== '')
		.map((event) => {
			if (!event.startsWith('data: ')) throw new Error(`Not an SSE data event: ${JSON.stringify(event)}`);
			return event.slice('data: '.length);
		});
}

export type Chunk = {
	id: string;
	object: string;
	model: string;
	choices: Array<{
		index: number;
		delta?: { role?: string; content?: string };
		finish_reason: string | null;
		content_filter_results?: Record<string, unknown>;
	}>;
	prompt_filter_results?: unknown[];
	usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null;
};

/** Reads one more piece of a body, or reports that nothing came within `ms`. */
export async function readWithin(reader: ReadableStreamDefaultReader<Uint8Array>, ms: number): Promise<{ kind: 'data'; bytes: Uint8Array } | { kind: 'done' } | { kind: 'silent' }> {
	let timer: NodeJS.Timeout | undefined;
	const silent = new Promise<{ kind: 'silent' }>((resolve) => {
		timer = setTimeout(() => resolve({ kind: 'silent' }), ms);
	});
	const next = reader.read().then((result) => (result.done ? { kind: 'done' as const } : { kind: 'data' as const, bytes: result.value }));
	try {
		return await Promise.race([next, silent]);
	} finally {
		clearTimeout(timer);
	}
}
