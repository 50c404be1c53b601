/**
 * In-memory dependencies for unit tests of the proxy core: a scripted fetch that records calls,
 * a fixed site origin, and helpers that build requests the way the site's pages send them.
 */
import { DEFAULT_CONFIG, type ProxyConfig } from '../../../../src/lib/proxy/config.ts';
import { handleRun, type RunDeps, type RunLogEntry, type UpstreamFetch } from '../../../../src/lib/proxy/handle-run.ts';
import { TokenBucketLimiter, type RateLimiter } from '../../../../src/lib/proxy/rate-limiter.ts';

export const SITE = 'http://site.test';

export interface FetchCall {
	url: string;
	init: RequestInit;
	headers: Record<string, string>;
}

export function recordingFetch(answer: (url: string, init: RequestInit) => Response | Promise<Response> = () => jsonResponse({ ok: true })) {
	const calls: FetchCall[] = [];
	const fetch: UpstreamFetch = async (url, init) => {
		const headers: Record<string, string> = {};
		new Headers(init.headers).forEach((value, name) => {
			headers[name] = value;
		});
		calls.push({ url, init, headers });
		return answer(url, init);
	};
	return { fetch, calls };
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export interface TestDeps extends RunDeps {
	logs: RunLogEntry[];
}

export function makeDeps(options: { fetch?: UpstreamFetch; config?: Partial<ProxyConfig>; rateLimiter?: RateLimiter; clientAddress?: string } = {}): TestDeps {
	const logs: RunLogEntry[] = [];
	return {
		fetch: options.fetch ?? recordingFetch().fetch,
		config: { ...DEFAULT_CONFIG, mockUrl: 'http://127.0.0.1:4011', ...options.config },
		rateLimiter: options.rateLimiter ?? new TokenBucketLimiter({ perMinute: 60_000, burst: 10_000 }),
		clientAddress: options.clientAddress ?? '203.0.113.9',
		log: (entry) => logs.push(entry),
		logs,
	};
}

export function runRequest(body: unknown, headers: Record<string, string> = {}, method = 'POST'): Request {
	return new Request(`${SITE}/api/run`, {
		method,
		headers: { 'content-type': 'application/json', origin: SITE, ...headers },
		body: method === 'GET' || method === 'HEAD' ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
	});
}

export function azureBody(overrides: { target?: Record<string, unknown>; auth?: unknown; body?: unknown } = {}) {
	return {
		target: { provider: 'azure-openai', endpoint: 'https://my-resource.openai.azure.com', deployment: 'gpt-4o-mini', apiVersion: '2024-10-21', ...overrides.target },
		auth: 'auth' in overrides ? overrides.auth : { type: 'api-key', key: 'test-key-123' },
		body: 'body' in overrides ? overrides.body : { messages: [{ role: 'user', content: 'Hi' }] },
	};
}

export async function run(body: unknown, deps: RunDeps, headers: Record<string, string> = {}): Promise<Response> {
	return handleRun(runRequest(body, headers), deps);
}
