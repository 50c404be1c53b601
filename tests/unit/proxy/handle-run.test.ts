/**
 * The proxy core with a scripted upstream: URL building, forwarded headers, response header
 * allowlist, refusals and how upstream failures are explained.
 */
import { describe, expect, it } from 'vitest';
import { handleRun, methodNotAllowed } from '../../../src/lib/proxy/handle-run.ts';
import { TokenBucketLimiter } from '../../../src/lib/proxy/rate-limiter.ts';
import { azureBody, jsonResponse, makeDeps, recordingFetch, run, runRequest, SITE } from './support/fake-deps.ts';

describe('upstream request', () => {
	it('builds the dated deployments URL and forwards only content-type and api-key', async () => {
		const { fetch, calls } = recordingFetch();
		const response = await run(azureBody(), makeDeps({ fetch }), { cookie: 'session=1', 'user-agent': 'x', 'x-forwarded-for': '1.1.1.1', authorization: 'Bearer site-token' });
		expect(response.status).toBe(200);
		expect(calls[0]!.url).toBe('https://my-resource.openai.azure.com/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21');
		expect(calls[0]!.headers).toEqual({ 'content-type': 'application/json', 'api-key': 'test-key-123' });
		expect(calls[0]!.init.redirect).toBe('manual');
		expect(calls[0]!.init.method).toBe('POST');
	});

	it('sends a bearer token as Authorization and nothing else', async () => {
		const { fetch, calls } = recordingFetch();
		await run(azureBody({ auth: { type: 'bearer', token: 'eyJ0eXAi.payload.sig' } }), makeDeps({ fetch }));
		expect(calls[0]!.headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer eyJ0eXAi.payload.sig' });
	});

	it('uses /openai/v1 and puts the deployment in model for v1', async () => {
		const { fetch, calls } = recordingFetch();
		await run(azureBody({ target: { apiVersion: 'v1', operation: 'embeddings' }, body: { input: 'hi', model: 'other' } }), makeDeps({ fetch }));
		expect(calls[0]!.url).toBe('https://my-resource.openai.azure.com/openai/v1/embeddings');
		expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ input: 'hi', model: 'gpt-4o-mini' });
	});

	it('uses /openai/v1 with api-version=preview and puts the deployment in model for the v1 preview', async () => {
		const { fetch, calls } = recordingFetch();
		await run(azureBody({ target: { apiVersion: 'preview' }, body: { messages: [{ role: 'user', content: 'hi' }], model: 'other' } }), makeDeps({ fetch }));
		expect(calls[0]!.url).toBe('https://my-resource.openai.azure.com/openai/v1/chat/completions?api-version=preview');
		expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ messages: [{ role: 'user', content: 'hi' }], model: 'gpt-4o-mini' });
	});

	it.each(['Preview', 'v1-preview', 'preview&x=1', 'v1?api-version=preview'])('refuses the near-miss api-version %j without calling upstream', async (apiVersion) => {
		const { fetch, calls } = recordingFetch();
		const response = await run(azureBody({ target: { apiVersion } }), makeDeps({ fetch }));
		expect(await response.json()).toMatchObject({ status: 400, code: 'invalid_field' });
		expect(calls).toHaveLength(0);
	});

	it('normalises the endpoint case and a trailing slash', async () => {
		const { fetch, calls } = recordingFetch();
		await run(azureBody({ target: { endpoint: 'HTTPS://My-Resource.Cognitiveservices.Azure.com/' } }), makeDeps({ fetch }));
		expect(calls[0]!.url.startsWith('https://my-resource.cognitiveservices.azure.com/openai/deployments/')).toBe(true);
	});

	it('sends mock targets to MOCK_AZURE_OPENAI_URL with a placeholder key, through the trusted fetch', async () => {
		const azure = recordingFetch();
		const trusted = recordingFetch();
		const deps = { ...makeDeps({ fetch: azure.fetch }), fetchTrusted: trusted.fetch };
		await run({ target: { provider: 'mock', deployment: 'gpt-4o-mini' }, body: { messages: [] } }, deps);
		expect(azure.calls).toHaveLength(0);
		expect(trusted.calls[0]!.url).toBe('http://127.0.0.1:4011/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21');
		expect(trusted.calls[0]!.headers['api-key']).toBe('mock-placeholder-key');
	});

	it('refuses an endpoint field on a mock target (the mock address is server-side only)', async () => {
		const { fetch, calls } = recordingFetch();
		const response = await run({ target: { provider: 'mock', deployment: 'gpt-4o-mini', endpoint: 'http://169.254.169.254' }, body: {} }, makeDeps({ fetch }));
		expect(await response.json()).toMatchObject({ status: 400, code: 'invalid_field', field: 'target.endpoint' });
		expect(calls).toHaveLength(0);
	});

	it('answers 503 mock_unavailable when no mock is configured', async () => {
		const response = await run({ target: { provider: 'mock', deployment: 'gpt-4o-mini' }, body: {} }, makeDeps({ config: { mockUrl: undefined } }));
		expect(response.status).toBe(503);
		expect(await response.json()).toMatchObject({ code: 'mock_unavailable' });
	});
});

describe('response headers', () => {
	it('copies only allowlisted upstream headers and adds no-store and nosniff', async () => {
		const { fetch } = recordingFetch(() =>
			jsonResponse({ ok: 1 }, 200, {
				'apim-request-id': 'a1',
				'x-request-id': 'r1',
				'x-ms-region': 'Sweden Central',
				'x-ratelimit-remaining-requests': '9',
				'x-ratelimit-remaining-tokens': '900',
				'azureml-model-session': 'd1',
				'set-cookie': 'ARRAffinity=abc',
				'access-control-allow-origin': '*',
				'strict-transport-security': 'max-age=1',
				location: 'https://evil.example',
				server: 'nginx',
				// The proxy's own run id header: upstream cannot set it.
				'x-run-id': 'spoofed-by-upstream',
			}),
		);
		const response = await run(azureBody(), makeDeps({ fetch }));
		expect(Object.fromEntries(response.headers)).toEqual({
			'x-run-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
			'apim-request-id': 'a1',
			'x-request-id': 'r1',
			'x-ms-region': 'Sweden Central',
			'x-ratelimit-remaining-requests': '9',
			'x-ratelimit-remaining-tokens': '900',
			'content-type': 'application/json',
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff',
		});
	});

	it('passes upstream error statuses and bodies through unchanged', async () => {
		const error = { error: { code: 'DeploymentNotFound', message: 'The API deployment for this resource does not exist.' } };
		const { fetch } = recordingFetch(() => jsonResponse(error, 404));
		const response = await run(azureBody(), makeDeps({ fetch }));
		expect(response.status).toBe(404);
		expect(await response.json()).toEqual(error);
	});

	it('problem responses carry the same protective headers and no CORS grant', async () => {
		const response = await run('{', makeDeps());
		expect(response.headers.get('content-type')).toBe('application/problem+json');
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect([...response.headers.keys()].some((name) => name.startsWith('access-control-'))).toBe(false);
	});
});

describe('upstream answers the proxy refuses to relay', () => {
	it.each([301, 302, 307, 308])('turns a %i redirect into 502 upstream_invalid without following it', async (status) => {
		const { fetch, calls } = recordingFetch(() => new Response(null, { status, headers: { location: 'http://169.254.169.254/' } }));
		const response = await run(azureBody(), makeDeps({ fetch }));
		expect(response.status).toBe(502);
		expect(await response.json()).toMatchObject({ code: 'upstream_invalid' });
		expect(response.headers.get('location')).toBeNull();
		expect(calls).toHaveLength(1);
	});

	it.each(['text/html', 'text/plain', 'application/xml', 'image/svg+xml'])('refuses upstream content type %s (never relays markup)', async (type) => {
		const { fetch } = recordingFetch(() => new Response('<script>alert(1)</script>', { status: 200, headers: { 'content-type': type } }));
		const response = await run(azureBody(), makeDeps({ fetch }));
		expect(response.status).toBe(502);
		const text = await response.text();
		expect(text).not.toContain('<script>');
		expect(JSON.parse(text)).toMatchObject({ code: 'upstream_invalid' });
	});

	it('refuses a JSON-labelled body that is not JSON', async () => {
		const { fetch } = recordingFetch(() => new Response('{"truncated": ', { status: 200, headers: { 'content-type': 'application/json' } }));
		expect(await (await run(azureBody(), makeDeps({ fetch }))).json()).toMatchObject({ status: 502, code: 'upstream_invalid' });
	});

	it('refuses a JSON body over the response limit', async () => {
		const { fetch } = recordingFetch(() => jsonResponse({ text: 'x'.repeat(5000) }));
		const response = await run(azureBody(), makeDeps({ fetch, config: { maxResponseBytes: 1000 } }));
		expect(await response.json()).toMatchObject({ status: 502, code: 'upstream_too_large' });
	});
});

describe('fetch failures', () => {
	const failing = (code: string) => recordingFetch(() => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) }))).fetch;
	it.each([
		['ENOTFOUND', 502, 'upstream_unreachable', /could not be found/],
		['ECONNREFUSED', 502, 'upstream_unreachable', /refused the connection/],
		['UND_ERR_CONNECT_TIMEOUT', 504, 'upstream_timeout', /timed out/],
		['ERR_PROXY_BLOCKED_ADDRESS', 502, 'upstream_unreachable', /non-public address/],
		['ECONNRESET', 502, 'upstream_unreachable', /could not reach/],
	])('%s becomes %i %s', async (code, status, problemCode, detail) => {
		const response = await run(azureBody(), makeDeps({ fetch: failing(code) }));
		const problem = await response.json();
		expect(problem).toMatchObject({ status, code: problemCode });
		expect(problem.detail).toMatch(detail);
		expect(problem.detail).toContain('my-resource.openai.azure.com');
	});

	it('gives up with 504 when no headers arrive before the first-byte timeout, and aborts the fetch', async () => {
		let aborted = false;
		const fetch = (_url: string, init: RequestInit) =>
			new Promise<Response>((_resolve, reject) => {
				init.signal!.addEventListener('abort', () => {
					aborted = true;
					reject(new DOMException('aborted', 'AbortError'));
				});
			});
		const response = await run(azureBody(), makeDeps({ fetch, config: { firstByteTimeoutMs: 20 } }));
		expect(await response.json()).toMatchObject({ status: 504, code: 'upstream_timeout' });
		expect(aborted).toBe(true);
	});
});

describe('request checks', () => {
	it('refuses bodies over the limit by Content-Length and by actual size', async () => {
		const deps = makeDeps({ config: { maxRequestBytes: 100 } });
		const big = JSON.stringify(azureBody({ body: { messages: [{ role: 'user', content: 'x'.repeat(200) }] } }));
		expect((await run(big, deps)).status).toBe(413);
		// Streamed without a length: the limit is enforced while reading.
		const stream = new ReadableStream({
			start(controller) {
				controller.enqueue(new TextEncoder().encode(big));
				controller.close();
			},
		});
		const request = new Request(`${SITE}/api/run`, { method: 'POST', headers: { 'content-type': 'application/json', origin: SITE }, body: stream, duplex: 'half' } as RequestInit);
		const response = await handleRun(request, deps);
		expect(await response.json()).toMatchObject({ status: 413, code: 'body_too_large' });
	});

	it('answers 400 when the upload breaks off', async () => {
		const broken = new ReadableStream({
			start(controller) {
				controller.enqueue(new TextEncoder().encode('{"target":'));
				controller.error(new Error('socket hang up'));
			},
		});
		const request = new Request(`${SITE}/api/run`, { method: 'POST', headers: { 'content-type': 'application/json', origin: SITE }, body: broken, duplex: 'half' } as RequestInit);
		expect(await (await handleRun(request, makeDeps())).json()).toMatchObject({ status: 400, code: 'invalid_request' });
	});

	it.each([
		['not JSON', '{nope', 'invalid_request'],
		['an array', '[]', 'invalid_request'],
		['unknown top-level field', JSON.stringify({ ...azureBody(), url: 'https://evil.example' }), 'invalid_field'],
		['body not an object', JSON.stringify(azureBody({ body: 'hello' })), 'invalid_field'],
		['unknown provider', JSON.stringify(azureBody({ target: { provider: 'openai' } })), 'invalid_field'],
		['bad operation', JSON.stringify(azureBody({ target: { operation: 'images/generations' } })), 'invalid_field'],
	])('answers 400 for %s', async (_name, body, code) => {
		const response = await run(body, makeDeps());
		expect(await response.json()).toMatchObject({ status: 400, code });
	});

	it('never quotes the body (which holds the key) in a parse error', async () => {
		const response = await run('{"auth":{"type":"api-key","key":"sk-secret-value"}, oops', makeDeps());
		expect(await response.text()).not.toContain('sk-secret');
	});

	it('accepts Sec-Fetch-Site: same-origin without an Origin header', async () => {
		const request = new Request(`${SITE}/api/run`, { method: 'POST', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, body: JSON.stringify(azureBody()) });
		expect((await handleRun(request, makeDeps())).status).toBe(200);
	});

	it('compares against SITE_ORIGIN when configured (behind a reverse proxy)', async () => {
		const deps = makeDeps({ config: { siteOrigin: 'https://docs.example.com' } });
		expect((await run(azureBody(), deps)).status).toBe(403);
		expect((await run(azureBody(), deps, { origin: 'https://docs.example.com' })).status).toBe(200);
	});

	it('answers 405 with Allow: POST for other methods', async () => {
		for (const method of ['GET', 'PUT', 'OPTIONS', 'DELETE']) {
			const response = await handleRun(runRequest(azureBody(), {}, method), makeDeps());
			expect(response.status).toBe(405);
			expect(response.headers.get('allow')).toBe('POST');
		}
		expect(methodNotAllowed().headers.get('access-control-allow-origin')).toBeNull();
	});

	it('rate limits per client with Retry-After', async () => {
		const deps = makeDeps({ rateLimiter: new TokenBucketLimiter({ perMinute: 2, burst: 2 }) });
		const statuses: number[] = [];
		for (let i = 0; i < 3; i++) statuses.push((await run(azureBody(), deps)).status);
		expect(statuses).toEqual([200, 200, 429]);
		const limited = await run(azureBody(), deps);
		expect(limited.headers.get('retry-after')).toBe('30');
		expect(await limited.json()).toMatchObject({ code: 'rate_limited' });
		// Another client still gets through.
		expect((await run(azureBody(), { ...deps, clientAddress: '198.51.100.1' })).status).toBe(200);
	});
});

describe('logging', () => {
	it('logs one line per run without key, body or client address', async () => {
		const deps = makeDeps();
		await run(azureBody({ auth: { type: 'api-key', key: 'key-that-must-not-be-logged' } }), deps);
		expect(deps.logs).toHaveLength(1);
		expect(deps.logs[0]).toMatchObject({ event: 'run', status: 200, provider: 'azure-openai', upstreamHost: 'my-resource.openai.azure.com', deployment: 'gpt-4o-mini' });
		const text = JSON.stringify(deps.logs);
		expect(text).not.toContain('key-that-must-not-be-logged');
		expect(text).not.toContain('203.0.113.9');
	});

	it('turns an unexpected exception into a 500 problem with the run id, and logs it once without its message', async () => {
		const deps = makeDeps({
			rateLimiter: {
				take() {
					throw new TypeError('secret-looking message test-key-123');
				},
			},
		});
		const response = await run(azureBody(), deps);
		expect(response.status).toBe(500);
		expect(response.headers.get('content-type')).toBe('application/problem+json');
		expect(response.headers.get('cache-control')).toBe('no-store');
		const runId = response.headers.get('x-run-id');
		expect(runId).toMatch(/^[0-9a-f-]{36}$/);
		const problem = await response.json();
		expect(problem).toMatchObject({ code: 'internal_error', status: 500 });
		expect(problem.detail).toContain(runId);
		expect(deps.logs).toEqual([expect.objectContaining({ event: 'run', runId, status: 500, code: 'internal_error', error: expect.stringMatching(/^TypeError at handle-run\.test\.ts:\d+$/) })]);
		expect(JSON.stringify(deps.logs)).not.toContain('secret-looking');
	});

	it('uses the run id the server chose, and logs a stream once, when it ends', async () => {
		const stream = 'data: {"choices":[{"index":0,"delta":{"content":"Hi"}}]}\n\ndata: [DONE]\n\n';
		const { fetch } = recordingFetch(() => new Response(stream, { headers: { 'content-type': 'text/event-stream' } }));
		const deps = makeDeps({ fetch });
		const response = await handleRun(runRequest(azureBody({ body: { messages: [], stream: true } })), { ...deps, runId: 'chosen-by-server' });
		expect(response.headers.get('x-run-id')).toBe('chosen-by-server');
		expect(deps.logs).toHaveLength(0);
		expect(await response.text()).toBe(stream);
		expect(deps.logs).toEqual([expect.objectContaining({ runId: 'chosen-by-server', status: 200, outcome: 'complete' })]);
	});

	it('accepts Origin only from the origins the server names, when it names them', async () => {
		const deps = { ...makeDeps(), siteOrigins: ['http://localhost:4321', 'http://127.0.0.1:4321'] };
		expect((await handleRun(runRequest(azureBody(), { origin: 'http://127.0.0.1:4321' }), deps)).status).toBe(200);
		// The request URL's own origin no longer counts: that is what a rebinding page controls.
		const rebound = await handleRun(runRequest(azureBody(), { origin: SITE }), deps);
		expect(rebound.status).toBe(403);
	});
});
