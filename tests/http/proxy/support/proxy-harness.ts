/**
 * Starts the real mock deployment and the proxy core behind a real HTTP server on loopback,
 * with fetches that record every upstream request. Azure targets (`https://<label>.openai.azure.com`)
 * are routed to the mock by the recording fetch, so both providers run over real sockets.
 */
import { Agent, fetch as undiciFetch } from 'undici';
import { startMockServer, type MockServerOptions } from '../../../../mock/server.ts';
import { DEFAULT_CONFIG, type ProxyConfig } from '../../../../src/lib/proxy/config.ts';
import { handleRun, type RunLogEntry, type UpstreamFetch } from '../../../../src/lib/proxy/handle-run.ts';
import { TokenBucketLimiter, type RateLimiter } from '../../../../src/lib/proxy/rate-limiter.ts';
import { startWebServer } from '../../../../support/web-server.ts';

export interface UpstreamCall {
	url: string;
	headers: Record<string, string>;
	body: string;
}

export interface HarnessOptions {
	config?: Partial<ProxyConfig>;
	mock?: Omit<MockServerOptions, 'port' | 'host' | 'logger'>;
	rateLimiter?: RateLimiter;
	/** Replaces the Azure-side fetch (e.g. the production fetch with a staged resolver). */
	azureFetch?: UpstreamFetch;
}

export interface Harness {
	proxyUrl: string;
	mockUrl: string;
	upstreamCalls: UpstreamCall[];
	logs: RunLogEntry[];
	mockLines: string[];
	/** Fetch for the test client: short keep-alive so idle sockets go away quickly. */
	clientFetch: (url: string, init?: RequestInit) => Promise<Response>;
	/** POST a run body with the site's own Origin unless headers override it. */
	run(body: unknown, init?: { headers?: Record<string, string>; signal?: AbortSignal }): Promise<Response>;
	close(): Promise<void>;
}

// Idle keep-alive sockets close after 50 ms, so leak checks can wait for a quiet process.
const agentOptions = { keepAliveTimeout: 50, keepAliveMaxTimeout: 50 };

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
	const mockLines: string[] = [];
	// The mock's stall limit is longer than any test timeout: only the proxy can end a stall in time.
	const mock = await startMockServer({ port: 0, chunkDelayMs: 5, dripIntervalMs: 20, stallLimitMs: 120_000, ...options.mock, logger: (line) => mockLines.push(line) });
	const upstreamAgent = new Agent(agentOptions);
	const clientAgent = new Agent(agentOptions);
	const upstreamCalls: UpstreamCall[] = [];
	const logs: RunLogEntry[] = [];

	const recordingFetch: UpstreamFetch = (url, init) => {
		const headers: Record<string, string> = {};
		new Headers(init.headers).forEach((value, name) => {
			headers[name] = value;
		});
		upstreamCalls.push({ url, headers, body: String(init.body) });
		// Azure hosts cannot be reached from tests: route them to the mock on the same path.
		const target = url.replace(/^https:\/\/[a-z0-9-]+\.(openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)/, mock.url);
		return undiciFetch(target, { ...(init as object), dispatcher: upstreamAgent }) as unknown as Promise<Response>;
	};

	const config: ProxyConfig = { ...DEFAULT_CONFIG, mockUrl: mock.url, ...options.config };
	const rateLimiter = options.rateLimiter ?? new TokenBucketLimiter({ perMinute: 60_000, burst: 10_000 });
	const server = await startWebServer((request, clientAddress) =>
		handleRun(request, {
			fetch: options.azureFetch ?? recordingFetch,
			fetchTrusted: recordingFetch,
			config,
			rateLimiter,
			clientAddress,
			log: (entry) => logs.push(entry),
		}),
	);
	const clientFetch = (url: string, init: RequestInit = {}) => undiciFetch(url, { ...(init as object), dispatcher: clientAgent }) as unknown as Promise<Response>;
	return {
		proxyUrl: server.url,
		mockUrl: mock.url,
		upstreamCalls,
		logs,
		mockLines,
		clientFetch,
		run: (body, init = {}) =>
			clientFetch(`${server.url}/api/run`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: server.url, ...init.headers },
				body: typeof body === 'string' ? body : JSON.stringify(body),
				signal: init.signal,
			}),
		async close() {
			await server.close();
			await mock.close();
			await Promise.all([upstreamAgent.destroy(), clientAgent.destroy()]);
		},
	};
}

/** A mock-provider run body. */
export function mockRun(deployment: string, body: Record<string, unknown> = { messages: [{ role: 'user', content: 'Hello' }] }, extra: Record<string, unknown> = {}) {
	return { target: { provider: 'mock', deployment, apiVersion: '2024-10-21', ...extra }, body };
}

/** An Azure-provider run body (routed to the mock by the harness). */
export function azureRun(deployment: string, key: string, body: Record<string, unknown> = { messages: [{ role: 'user', content: 'Hello' }] }, target: Record<string, unknown> = {}) {
	return {
		target: { provider: 'azure-openai', endpoint: 'https://my-resource.openai.azure.com', deployment, apiVersion: '2024-10-21', ...target },
		auth: { type: 'api-key', key },
		body,
	};
}

/*
 * Timer tracking. process.getActiveResourcesInfo() counts every ref'd timer in the process,
 * including the test runner's own transient ones, which made a leaked proxy timer invisible. So
 * setTimeout/clearTimeout are wrapped here (this module is loaded only by these tests) to count
 * the timers created since the harness loaded that are still pending and keep the process alive.
 */
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const liveTimers = new Set<ReturnType<typeof setTimeout>>();
globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
	const timer = realSetTimeout(() => {
		liveTimers.delete(timer);
		callback(...args);
	}, ms);
	liveTimers.add(timer);
	return timer;
}) as typeof setTimeout;
globalThis.clearTimeout = ((timer: ReturnType<typeof setTimeout> | undefined) => {
	if (timer !== undefined) liveTimers.delete(timer);
	realClearTimeout(timer);
}) as typeof clearTimeout;

const pause = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));

function countResources(): { timers: number; sockets: number } {
	const timers = [...liveTimers].filter((timer) => timer.hasRef()).length;
	const sockets = process.getActiveResourcesInfo().filter((kind) => kind === 'TCPSocketWrap').length;
	return { timers, sockets };
}

/**
 * Counts of pending timers and open sockets once the process is quiet: waits (bounded) until no
 * TCP socket is open (earlier tests' keep-alive sockets closing), so the baseline is not inflated.
 */
export async function resourceSnapshot(): Promise<{ timers: number; sockets: number }> {
	const until = Date.now() + 2000;
	while (countResources().sockets > 0 && Date.now() < until) await pause(25);
	await pause(60);
	return countResources();
}

/**
 * Waits (bounded) until timers and sockets are back at or below `baseline`; returns the last
 * counts so the test asserts on them. A leaked socket or timer never goes away and fails.
 */
export async function settleTo(baseline: { timers: number; sockets: number }, maxWaitMs = 1000): Promise<{ timers: number; sockets: number }> {
	const until = Date.now() + maxWaitMs;
	let now = countResources();
	while ((now.timers > baseline.timers || now.sockets > baseline.sockets) && Date.now() < until) {
		await pause(25);
		now = countResources();
	}
	return now;
}
