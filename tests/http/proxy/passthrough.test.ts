/**
 * Passthrough over real sockets: proxy server -> real mock deployment. JSON and event streams,
 * the response header allowlist, Azure's error answers and the v1 API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { azureRun, mockRun, startHarness, type Harness } from './support/proxy-harness.ts';
import { eventually, parseEvents, readFirstChunk } from './support/read-stream.ts';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
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
// Added by node:http itself, not by the proxy.
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

function proxyHeaderNames(response: Response): string[] {
	return [...response.headers.keys()].filter((name) => !TRANSPORT.has(name));
}

describe('JSON passthrough', () => {
	it('relays a chat completion with status, body and the allowlisted headers only', async () => {
		const direct = await fetch(`${h.mockUrl}/openai/deployments/gpt-5.4-mini/chat/completions?api-version=2024-10-21`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'api-key': 'k' },
			body: JSON.stringify({ messages: [{ role: 'user', content: 'Hello' }] }),
		});
		const directBody = await direct.json();
		expect(direct.headers.get('azureml-model-session')).not.toBeNull();

		const response = await h.run(mockRun('gpt-5.4-mini'));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('apim-request-id')).toMatch(/^[0-9a-f-]{36}$/);
		expect(response.headers.get('azureml-model-session')).toBeNull();
		expect(response.headers.get('set-cookie')).toBeNull();
		for (const name of proxyHeaderNames(response)) expect(ALLOWED.has(name), name).toBe(true);
		const body = await response.json();
		// The mock is deterministic: same request, same content as calling it directly.
		expect(body.choices[0].message.content).toBe(directBody.choices[0].message.content);
	});

	it('relays embeddings', async () => {
		const response = await h.run(mockRun('text-embedding-3-small', { input: 'hello' }, { operation: 'embeddings' }));
		expect(response.status).toBe(200);
		const body = await response.json();
		expect(body.data[0].embedding.length).toBeGreaterThan(0);
	});

	it('relays the v1 API with the deployment as model', async () => {
		const response = await h.run(azureRun('gpt-5.4-mini', 'k-v1', { messages: [{ role: 'user', content: 'Hi' }] }, { apiVersion: 'v1' }));
		expect(response.status).toBe(200);
		const call = h.upstreamCalls.at(-1)!;
		expect(call.url).toBe('https://my-resource.openai.azure.com/openai/v1/chat/completions');
		expect(JSON.parse(call.body).model).toBe('gpt-5.4-mini');
	});

	it('relays the v1 API preview channel (api-version=preview) with the deployment as model', async () => {
		const response = await h.run(azureRun('gpt-5.4-mini', 'k-v1p', { messages: [{ role: 'user', content: 'Hi' }] }, { apiVersion: 'preview' }));
		expect(response.status).toBe(200);
		const body = await response.json();
		expect(typeof body.choices[0].message.content).toBe('string');
		const call = h.upstreamCalls.at(-1)!;
		expect(call.url).toBe('https://my-resource.openai.azure.com/openai/v1/chat/completions?api-version=preview');
		expect(JSON.parse(call.body).model).toBe('gpt-5.4-mini');
	});

	it('the mock still refuses a dated api-version on the v1 route, so the preview call above is not vacuous', async () => {
		const direct = await h.clientFetch(`${h.mockUrl}/openai/v1/chat/completions?api-version=2024-10-21`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'api-key': 'k' },
			body: JSON.stringify({ model: 'gpt-5.4-mini', messages: [{ role: 'user', content: 'Hi' }] }),
		});
		expect(direct.status).toBe(400);
		await direct.arrayBuffer();
	});

	it.each([
		['error-401', 401],
		['error-403', 403],
		['missing-deployment', 404],
		['not-deployed-anywhere', 404],
		['error-429', 429],
		['error-500', 500],
		['error-503', 503],
	])("passes %s through as %i with Azure's error body", async (deployment, status) => {
		const response = await h.run(azureRun(deployment, 'k'));
		expect(response.status).toBe(status);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		const body = await response.json();
		expect(typeof body.error.message).toBe('string');
		if (status === 404) expect(body.error.code).toBe('DeploymentNotFound');
		if (status === 429) {
			expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
			expect(Number(response.headers.get('retry-after-ms'))).toBeGreaterThan(0);
		}
	});

	it("passes Azure's 400 for an unknown api-version through", async () => {
		const response = await h.run(azureRun('gpt-5.4-mini', 'k', undefined, { apiVersion: '2019-01-01' }));
		expect(response.status).toBe(400);
		expect((await response.json()).error).toBeTruthy();
	});

	it('keeps HTML-looking content inside JSON: the answer stays application/json text', async () => {
		const response = await h.run(mockRun('fault-html'));
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		const body = await response.json();
		expect(body.choices[0].message.content).toContain('<script>');
	});
});

describe('event-stream passthrough', () => {
	it('relays a chat stream ending in [DONE], event by event', async () => {
		const response = await h.run(mockRun('gpt-5.4-mini', { messages: [{ role: 'user', content: 'Stream please' }], stream: true, stream_options: { include_usage: true } }));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
		expect(response.headers.get('cache-control')).toBe('no-store');
		for (const name of proxyHeaderNames(response)) expect(ALLOWED.has(name), name).toBe(true);
		const events = parseEvents(await response.text());
		expect(events.at(-1)!.data).toBe('[DONE]');
		expect(JSON.parse(events[0]!.data).prompt_filter_results).toBeTruthy();
		const usage = events
			.slice(0, -1)
			.map((event) => JSON.parse(event.data))
			.find((chunk) => chunk.usage);
		expect(usage.usage.total_tokens).toBeGreaterThan(0);
		expect(events.every((event) => event.event === 'message')).toBe(true);
	});

	it('delivers events as they arrive: the first ones reach the reader while upstream is still open', async () => {
		// fault-stall-midstream sends two chunks, then stays silent; buffering would show nothing.
		const controller = new AbortController();
		const response = await h.run(mockRun('fault-stall-midstream', { messages: [{ role: 'user', content: 'Hi' }], stream: true }), { signal: controller.signal });
		const { text } = await readFirstChunk(response);
		expect(text).toContain('prompt_filter_results');
		expect(text.endsWith('\n\n')).toBe(true);
		controller.abort();
		expect(await eventually(() => h.mockLines.some((line) => line.includes('deployment=fault-stall-midstream') && line.includes('ended early')))).toBe(true);
	});
});
