/**
 * POST /api/run in the Cloudflare Workers build, running in workerd (wrangler dev, local), over
 * real HTTP against the real mock: JSON and streaming runs, the allowlisted headers, every kind of
 * refusal, limits and timeouts, and the rate limit in its Durable Object store. The proxy core is
 * the same module as on Node; these tests prove it behaves the same inside the Workers runtime.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COPIED_RESPONSE_HEADERS } from '../../src/lib/proxy/response-headers.ts';
import { RUN_ID_HEADER } from '../../src/lib/proxy/run-id.ts';
import { startWorkerWithMock, type RunningWorker } from './support/running-worker.ts';
import { MOCK_CHAT_DEPLOYMENT } from '../../src/lib/catalog/index.ts';

const messages = [{ role: 'user', content: 'Hello from the Worker test' }];
const mockTarget = { provider: 'mock', deployment: MOCK_CHAT_DEPLOYMENT, apiVersion: '2024-10-21' };

describe('the run endpoint in workerd', () => {
	let worker: RunningWorker;

	beforeAll(async () => {
		worker = await startWorkerWithMock({ PROXY_RATE_LIMIT_BURST: '1000', PROXY_RATE_LIMIT_PER_MINUTE: '60000', PROXY_FIRST_BYTE_TIMEOUT_MS: '1500' });
	});
	afterAll(async () => {
		await worker?.close();
	});

	const run = (body: unknown, headers: Record<string, string> = {}, method = 'POST') =>
		fetch(`${worker.url}/api/run`, {
			method,
			headers: { 'content-type': 'application/json', origin: worker.url, ...headers },
			body: method === 'GET' || method === 'HEAD' ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
		});

	async function problemOf(response: Response): Promise<{ status: number; code: string; field?: string; detail: string; contentType: string | null }> {
		const problem = await response.json();
		return { status: response.status, code: problem.code, field: problem.field, detail: problem.detail, contentType: response.headers.get('content-type') };
	}

	it('relays a JSON chat completion from the mock, with only the allowlisted headers', async () => {
		const response = await run({ target: mockTarget, body: { messages } });
		expect(response.status).toBe(200);
		const answer = await response.json();
		expect(answer.object).toBe('chat.completion');
		expect(answer.choices[0].message.content).toContain('Hello from the Worker test');
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('apim-request-id')).toMatch(/^[0-9a-f-]{36}$/);
		expect(response.headers.get('x-ms-region')).toBe('Local Mock');
		// The mock also sends azureml-model-session; it is not on the allowlist, so it never reaches the reader.
		expect(response.headers.get('azureml-model-session')).toBeNull();
		expect(response.headers.get(RUN_ID_HEADER)).toMatch(/\S/);
		// Besides the allowlist: the proxy's own headers, and framing / compression the runtime adds.
		const transport = ['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date'];
		const allowed = new Set<string>([...COPIED_RESPONSE_HEADERS, 'cache-control', 'x-content-type-options', RUN_ID_HEADER, ...transport]);
		const names = [...response.headers.keys()];
		expect(names.filter((name) => !allowed.has(name))).toEqual([]);
		expect(worker.mockLines.at(-1)).toMatch(
			new RegExp(`^POST /openai/deployments/${MOCK_CHAT_DEPLOYMENT}/chat/completions api-version=2024-10-21 deployment=${MOCK_CHAT_DEPLOYMENT.replace('.', '\\.')} auth=api-key -> 200`),
		);
	});

	it('streams a chat completion as server-sent events, chunk by chunk, ending with [DONE]', async () => {
		const response = await run({ target: mockTarget, body: { messages, stream: true } });
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const reader = response.body!.getReader();
		const decoder = new TextDecoder();
		let text = '';
		let reads = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			reads++;
			text += decoder.decode(value, { stream: true });
		}
		const events = text.split('\n\n').filter((event) => event.startsWith('data: '));
		expect(events.length).toBeGreaterThan(3);
		expect(reads).toBeGreaterThan(1); // arrived in pieces, not buffered into one answer
		expect(events.at(-1)).toBe('data: [DONE]');
		const deltas = events
			.slice(0, -1)
			.map((event) => JSON.parse(event.slice(6)))
			.map((chunk) => chunk.choices[0]?.delta?.content ?? '');
		expect(deltas.join('')).toContain('Hello from the Worker test');
	});

	it('refuses another origin, and a request with neither Origin nor Sec-Fetch-Site', async () => {
		expect(await problemOf(await run({ target: mockTarget, body: { messages } }, { origin: 'https://evil.example' }))).toEqual({
			status: 403,
			code: 'forbidden_origin',
			field: undefined,
			detail: `Requests to /api/run must come from this site's own pages (${worker.url}); this one came from another origin. Use the Run button on the guide page.`,
			contentType: 'application/problem+json',
		});
		const bare = await fetch(`${worker.url}/api/run`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target: mockTarget, body: { messages } }) });
		expect((await problemOf(bare)).code).toBe('forbidden_origin');
		const crossSite = await run({ target: mockTarget, body: { messages } }, { 'sec-fetch-site': 'cross-site' });
		expect((await problemOf(crossSite)).detail).toBe('The browser marked this request as coming from another site. Use the Run button on the guide page.');
	});

	it('refuses a body that is not JSON (415) and every method but POST (405, Allow: POST, no CORS)', async () => {
		const form = await run('a=1', { 'content-type': 'application/x-www-form-urlencoded' });
		expect(await problemOf(form)).toMatchObject({ status: 415, code: 'unsupported_media_type', detail: 'Send the request as JSON with the header Content-Type: application/json.' });
		for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
			const response = await run(method === 'GET' ? undefined : {}, { 'access-control-request-method': 'POST' }, method);
			expect(response.status, method).toBe(405);
			expect(response.headers.get('allow')).toBe('POST');
			expect(response.headers.get('access-control-allow-origin')).toBeNull();
			await response.body?.cancel();
		}
	});

	it('refuses a body over 256 KiB (413) before contacting anything', async () => {
		const before = worker.mockLines.length;
		const big = { target: mockTarget, body: { messages: [{ role: 'user', content: 'x'.repeat(300 * 1024) }] } };
		expect(await problemOf(await run(big))).toMatchObject({
			status: 413,
			code: 'body_too_large',
			detail: 'The request is larger than 256 KiB, the most this proxy accepts. Shorten the messages or input and try again.',
		});
		expect(worker.mockLines.length).toBe(before);
	});

	it.each([
		['http://127.0.0.1:4011'],
		['https://127.0.0.1'],
		['https://2130706433'],
		['https://0x7f.1'],
		['https://[::1]'],
		['https://169.254.169.254'],
		['https://localhost'],
		['https://my-resource.openai.azure.com.evil.example'],
		['https://my-resource.openai.azure.com:8443'],
		['https://user@my-resource.openai.azure.com'],
		['https://my-resource.openai.azure.com/openai/../../admin'],
		['https://xn--80ak6aa92e.openai.azure.com'],
	])('refuses the SSRF endpoint %s with 400 invalid_field and never calls out', async (endpoint) => {
		const before = worker.mockLines.length;
		const response = await run({
			target: { provider: 'azure-openai', endpoint, deployment: MOCK_CHAT_DEPLOYMENT, apiVersion: '2024-10-21' },
			auth: { type: 'api-key', key: 'k-123' },
			body: { messages },
		});
		expect(await problemOf(response)).toMatchObject({ status: 400, code: 'invalid_field', field: 'target.endpoint' });
		expect(worker.mockLines.length).toBe(before);
	});

	it('takes the mock address only from its configuration: an endpoint on a mock target is refused', async () => {
		const before = worker.mockLines.length;
		const response = await run({ target: { ...mockTarget, endpoint: worker.mockUrl }, body: { messages } });
		expect(await problemOf(response)).toMatchObject({ status: 400, code: 'invalid_field', field: 'target.endpoint' });
		expect(worker.mockLines.length).toBe(before);
	});

	it('refuses a deployment or api-version that would change the upstream path', async () => {
		for (const target of [
			{ ...mockTarget, deployment: '../admin' },
			{ ...mockTarget, apiVersion: '2024-10-21&x=1' },
			{ ...mockTarget, deployment: 'a%2fb' },
		]) {
			const problem = await problemOf(await run({ target, body: { messages } }));
			expect(problem.status).toBe(400);
			expect(problem.code).toBe('invalid_field');
		}
	});

	it('enforces the upstream limits on Workers too: answer size, broken JSON, first-byte timeout', async () => {
		const huge = await problemOf(await run({ target: { ...mockTarget, deployment: 'fault-huge' }, body: { messages } }));
		expect(huge).toMatchObject({ status: 502, code: 'upstream_too_large' });
		const broken = await problemOf(await run({ target: { ...mockTarget, deployment: 'fault-invalid-json' }, body: { messages } }));
		expect(broken).toMatchObject({ status: 502, code: 'upstream_invalid' });
		const stall = await problemOf(await run({ target: { ...mockTarget, deployment: 'fault-stall' }, body: { messages } }));
		expect(stall).toMatchObject({ status: 504, code: 'upstream_timeout' });
	});

	it('logs one line per run, without the key, the body or the client address', async () => {
		await (await run({ target: mockTarget, auth: { type: 'api-key', key: 'sk-test-CANARY-worker-0123' }, body: { messages } })).text();
		const logged = worker.workerLines.filter((line) => line.startsWith('[api/run] '));
		expect(logged.length).toBeGreaterThan(0);
		const all = worker.workerLines.join('\n');
		expect(all).not.toContain('CANARY');
		expect(all).not.toContain('Hello from the Worker test');
		expect(JSON.parse(logged.at(-1)!.slice('[api/run] '.length))).toMatchObject({ event: 'run', status: 200, provider: 'mock' });
	});
});

describe('the rate limit in the Durable Object store', () => {
	let worker: RunningWorker;

	beforeAll(async () => {
		// No mock configured here: runs that pass the limit answer 503, which the limit comes before.
		worker = await startWorkerWithMock({ PROXY_RATE_LIMIT_BURST: '2', PROXY_RATE_LIMIT_PER_MINUTE: '2' }, { withMock: false });
	});
	afterAll(async () => {
		await worker?.close();
	});

	it('spends one bucket per client, answers 429 with Retry-After, and without a mock URL says how to configure it', async () => {
		const answers: Array<{ status: number; code: string; retryAfter: string | null }> = [];
		for (let i = 0; i < 4; i++) {
			const response = await fetch(`${worker.url}/api/run`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: worker.url },
				body: JSON.stringify({ target: mockTarget, body: { messages } }),
			});
			answers.push({ status: response.status, code: (await response.json()).code, retryAfter: response.headers.get('retry-after') });
		}
		expect(answers.map((answer) => `${answer.status} ${answer.code}`)).toEqual(['503 mock_unavailable', '503 mock_unavailable', '429 rate_limited', '429 rate_limited']);
		expect(Number(answers[2]!.retryAfter)).toBeGreaterThanOrEqual(1);
		// The Durable Object answered (no fallback to local limits was logged).
		expect(worker.workerLines.join('\n')).not.toMatch(/rate-limit store/);
		expect(worker.mockLines).toEqual([]);
	});
});
