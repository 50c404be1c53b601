/**
 * The Responses API through the proxy over real sockets (proxy server -> real mock): the v1 route
 * only, JSON and the named-event stream relayed as it arrives, the header allowlist, a tripped
 * limit ending the stream with the same final problem event as chat, refusals and the log line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_DEPLOYMENT } from '../../../mock/deployments.ts';
import { azureRun, mockRun, startHarness, type Harness } from './support/proxy-harness.ts';
import { parseEvents, readFirstChunk } from './support/read-stream.ts';

let h: Harness;
beforeAll(async () => {
	h = await startHarness({ config: { firstByteTimeoutMs: 800, idleTimeoutMs: 800, totalTimeoutMs: 10_000 } });
});
afterAll(async () => {
	await h.close();
});

const ALLOWED = new Set([
	'apim-request-id',
	'x-request-id',
	'x-ms-region',
	'x-ratelimit-limit-requests',
	'x-ratelimit-limit-tokens',
	'x-ratelimit-remaining-requests',
	'x-ratelimit-remaining-tokens',
	'x-ratelimit-reset-requests',
	'x-ratelimit-reset-tokens',
	'retry-after',
	'retry-after-ms',
	'content-type',
	'cache-control',
	'x-content-type-options',
	'x-accel-buffering',
	'x-run-id',
]);
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

const ask = (stream: boolean, extra: Record<string, unknown> = {}) => ({ input: 'Say hello through the proxy.', store: false, stream, ...extra });
const responses = { operation: 'responses', apiVersion: 'v1' };

describe('Responses API through the proxy', () => {
	it('relays a response object from the v1 route with the deployment as model, allowlisted headers only', async () => {
		const response = await h.run(azureRun(CHAT_DEPLOYMENT, 'k-resp', ask(false), responses));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(response.headers.get('cache-control')).toBe('no-store');
		for (const name of response.headers.keys()) if (!TRANSPORT.has(name)) expect(ALLOWED.has(name), name).toBe(true);
		const body = await response.json();
		expect(body).toMatchObject({ object: 'response', status: 'completed', store: false });
		expect(body.usage.output_tokens_details.reasoning_tokens).toBeGreaterThan(0);
		const call = h.upstreamCalls.at(-1)!;
		expect(call.url).toBe('https://my-resource.openai.azure.com/openai/v1/responses');
		expect(JSON.parse(call.body)).toEqual({ ...ask(false), model: CHAT_DEPLOYMENT });
	});

	it('uses the preview channel when asked', async () => {
		const response = await h.run(azureRun(CHAT_DEPLOYMENT, 'k', ask(false), { ...responses, apiVersion: 'preview' }));
		expect(response.status).toBe(200);
		expect(h.upstreamCalls.at(-1)!.url).toBe('https://my-resource.openai.azure.com/openai/v1/responses?api-version=preview');
	});

	it('relays the named events as they arrive, in order, ending with response.completed', async () => {
		const response = await h.run(mockRun(CHAT_DEPLOYMENT, ask(true), responses));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
		// The first bytes arrive before the mock has finished (it paces its events).
		const { text: first, reader } = await readFirstChunk(response);
		expect(first).toMatch(/^event: response\.created\n/);
		let rest = '';
		const decoder = new TextDecoder();
		for (let part = await reader.read(); !part.done; part = await reader.read()) rest += decoder.decode(part.value, { stream: true });
		const events = parseEvents(first + rest);
		expect(events[0].event).toBe('response.created');
		expect(events.at(-1)!.event).toBe('response.completed');
		for (const event of events) expect(JSON.parse(event.data).type).toBe(event.event);
		const text = events
			.filter((event) => event.event === 'response.output_text.delta')
			.map((event) => JSON.parse(event.data).delta)
			.join('');
		const done = JSON.parse(events.find((event) => event.event === 'response.output_text.done')!.data);
		expect(text).toBe(done.text);
		expect(JSON.parse(events.at(-1)!.data).response.usage.total_tokens).toBeGreaterThan(0);
	});

	it('a tripped limit ends the stream with the same final problem event as chat', async () => {
		const response = await h.run(mockRun('fault-stall-midstream', ask(true), responses));
		const events = parseEvents(await response.text());
		expect(events.filter((event) => event.event === 'response.output_text.delta')).toHaveLength(2);
		const last = events.at(-1)!;
		expect(last.event).toBe('error');
		expect(JSON.parse(last.data)).toMatchObject({ code: 'upstream_timeout', status: 504 });
		expect(JSON.parse(last.data).detail).toMatch(/stopped sending for 0\.8 s/);
	});

	it('relays response.failed from upstream untouched', async () => {
		const events = parseEvents(await (await h.run(mockRun('fault-response-failed', ask(true), responses))).text());
		expect(events.at(-1)!.event).toBe('response.failed');
		expect(JSON.parse(events.at(-1)!.data).response.error.code).toBe('server_error');
	});

	it('refuses the Responses API on a dated api-version, naming the fix, before calling upstream', async () => {
		const calls = h.upstreamCalls.length;
		const response = await h.run(azureRun(CHAT_DEPLOYMENT, 'k', ask(false), { operation: 'responses', apiVersion: '2024-10-21' }));
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({
			code: 'invalid_field',
			field: 'target.operation',
			detail: 'The responses operation is served only on the v1 API. Choose api-version v1 (or preview for its preview channel) instead of 2024-10-21.',
		});
		expect(h.upstreamCalls.length).toBe(calls);
	});

	it('refuses background responses (only creation is relayed)', async () => {
		const calls = h.upstreamCalls.length;
		const response = await h.run(azureRun(CHAT_DEPLOYMENT, 'k', ask(false, { background: true }), responses));
		expect(response.status).toBe(400);
		const problem = await response.json();
		expect(problem).toMatchObject({ code: 'invalid_field', field: 'body.background' });
		expect(problem.detail).toMatch(/relays only its creation/);
		expect(h.upstreamCalls.length).toBe(calls);
	});

	it('logs one line per run without key or body', async () => {
		const before = h.logs.length;
		await (await h.run(azureRun(CHAT_DEPLOYMENT, 'sk-resp-secret', ask(false), responses))).text();
		const lines = JSON.stringify(h.logs.slice(before));
		expect(lines).toContain(CHAT_DEPLOYMENT);
		expect(lines).not.toContain('sk-resp-secret');
		expect(lines).not.toContain('Say hello through the proxy');
	});
});
