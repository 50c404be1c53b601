/**
 * Credential canary: every proxy scenario (success, stream, Azure errors, faults, refusals,
 * rate limiting, a blocked address) runs with one known key and one known token, while all log
 * output, response headers and bodies, and upstream requests are captured. The credential may
 * appear in exactly one place: the upstream request's auth header.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createProductionFetch } from '../../../src/lib/proxy/production-fetch.ts';
import { TokenBucketLimiter } from '../../../src/lib/proxy/rate-limiter.ts';
import { DEFAULT_CONFIG } from '../../../src/lib/proxy/config.ts';
import { startHarness, type Harness } from './support/proxy-harness.ts';

const KEY = 'sk-test-CANARY-0123456789abcdef';
const TOKEN = 'eyJhbGciOi.CANARY-TOKEN-0123456789.abcdef';

type Auth = { type: 'api-key'; key: string } | { type: 'bearer'; token: string };

interface Scenario {
	name: string;
	deployment: string;
	stream?: boolean;
	target?: Record<string, unknown>;
	headers?: Record<string, string>;
	/** Build the raw request body text from the auth object (for malformed cases). */
	raw?: (auth: Auth) => string;
}

const SCENARIOS: Scenario[] = [
	{ name: 'chat JSON', deployment: 'gpt-5-mini' },
	{ name: 'chat stream', deployment: 'gpt-5-mini', stream: true },
	{ name: 'embeddings', deployment: 'text-embedding-3-small', target: { operation: 'embeddings' } },
	{ name: 'v1', deployment: 'gpt-5-mini', target: { apiVersion: 'v1' } },
	{ name: 'preview api-version', deployment: 'gpt-5-mini', target: { apiVersion: '2025-04-01-preview' } },
	{ name: 'unsupported api-version', deployment: 'gpt-5-mini', target: { apiVersion: '2019-01-01' } },
	...['error-401', 'error-403', 'error-429', 'error-500', 'error-503', 'missing-deployment', 'unknown-name'].map((deployment) => ({ name: deployment, deployment })),
	{ name: 'stall', deployment: 'fault-stall' },
	{ name: 'stall midstream', deployment: 'fault-stall-midstream', stream: true },
	{ name: 'reset', deployment: 'fault-reset', stream: true },
	{ name: 'drip', deployment: 'fault-drip' },
	{ name: 'huge', deployment: 'fault-huge' },
	{ name: 'invalid json', deployment: 'fault-invalid-json' },
	{ name: 'html content', deployment: 'fault-html' },
	{ name: 'bad deployment', deployment: '../x' },
	{ name: 'bad endpoint', deployment: 'gpt-5-mini', target: { endpoint: 'https://127.0.0.1' } },
	{ name: 'bad api-version', deployment: 'gpt-5-mini', target: { apiVersion: 'latest' } },
	{ name: 'foreign origin', deployment: 'gpt-5-mini', headers: { origin: 'http://evil.test' } },
	{ name: 'wrong media type', deployment: 'gpt-5-mini', headers: { 'content-type': 'text/plain' } },
	{
		name: 'body too large',
		deployment: 'gpt-5-mini',
		raw: (auth) =>
			JSON.stringify({
				target: { provider: 'azure-openai', endpoint: 'https://my-resource.openai.azure.com', deployment: 'gpt-5-mini', apiVersion: '2024-10-21' },
				auth,
				body: { messages: [{ role: 'user', content: 'x'.repeat(20_000) }] },
			}),
	},
	{ name: 'malformed JSON', deployment: 'gpt-5-mini', raw: (auth) => `{"auth": ${JSON.stringify(auth)}, "target": ` },
	{
		name: 'unknown auth field',
		deployment: 'gpt-5-mini',
		raw: (auth) =>
			JSON.stringify({
				target: { provider: 'azure-openai', endpoint: 'https://my-resource.openai.azure.com', deployment: 'gpt-5-mini', apiVersion: '2024-10-21' },
				auth: { ...auth, extra: 1 },
				body: {},
			}),
	},
	{
		name: 'credential with CRLF',
		deployment: 'gpt-5-mini',
		raw: (auth) =>
			JSON.stringify({
				target: { provider: 'azure-openai', endpoint: 'https://my-resource.openai.azure.com', deployment: 'gpt-5-mini', apiVersion: '2024-10-21' },
				auth: auth.type === 'api-key' ? { ...auth, key: `${auth.key}\r\nx: 1` } : { ...auth, token: `${auth.token}\r\nx: 1` },
				body: {},
			}),
	},
];

interface Captured {
	texts: string[];
}

function requestText(scenario: Scenario, auth: Auth): string {
	if (scenario.raw) return scenario.raw(auth);
	return JSON.stringify({
		target: { provider: 'azure-openai', endpoint: 'https://my-resource.openai.azure.com', deployment: scenario.deployment, apiVersion: '2024-10-21', ...scenario.target },
		auth,
		body: { messages: [{ role: 'user', content: 'Hello' }], ...(scenario.stream ? { stream: true } : {}) },
	});
}

async function runAll(h: Harness, auth: Auth, captured: Captured): Promise<number[]> {
	const statuses: number[] = [];
	for (const scenario of SCENARIOS) {
		const response = await h.run(requestText(scenario, auth), { headers: scenario.headers });
		statuses.push(response.status);
		captured.texts.push(`${scenario.name} status ${response.status}`);
		response.headers.forEach((value, name) => captured.texts.push(`${name}: ${value}`));
		captured.texts.push(await response.text());
	}
	return statuses;
}

let consoleLines: string[];
let restore: () => void;
beforeAll(() => {
	consoleLines = [];
	const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
		vi.spyOn(console, method).mockImplementation((...args: unknown[]) => consoleLines.push(args.map(String).join(' '))),
	);
	const stdout = vi.spyOn(process.stdout, 'write');
	const stderr = vi.spyOn(process.stderr, 'write');
	restore = () => {
		for (const spy of spies) spy.mockRestore();
		consoleLines.push(...stdout.mock.calls.map((call) => String(call[0])), ...stderr.mock.calls.map((call) => String(call[0])));
		stdout.mockRestore();
		stderr.mockRestore();
	};
});
afterAll(() => restore?.());

describe.each([
	['api-key', { type: 'api-key', key: KEY } as Auth, KEY, 'api-key', KEY],
	['bearer token', { type: 'bearer', token: TOKEN } as Auth, TOKEN, 'authorization', `Bearer ${TOKEN}`],
])('a %s credential', (_label, auth, secret, header, headerValue) => {
	it('appears only in the upstream auth header across every scenario', async () => {
		const h = await startHarness({ config: { firstByteTimeoutMs: 1000, idleTimeoutMs: 1000, totalTimeoutMs: 2500, maxResponseBytes: 1024 * 1024, maxRequestBytes: 8 * 1024 } });
		const limited = await startHarness({ rateLimiter: new TokenBucketLimiter({ perMinute: 1, burst: 1 }) });
		const guarded = createProductionFetch({ ...DEFAULT_CONFIG, connectTimeoutMs: 1000 }, async () => [{ address: '127.0.0.1', family: 4 }]);
		const blocked = await startHarness({ azureFetch: guarded.fetch });
		const captured: Captured = { texts: [] };
		try {
			const statuses = await runAll(h, auth, captured);
			// The scenarios really covered successes, Azure errors, faults and refusals.
			expect(new Set(statuses)).toEqual(new Set([200, 400, 401, 403, 404, 413, 415, 429, 500, 502, 503, 504]));
			// Rate limited: the second run from the same client.
			const rateStatuses = [];
			for (let i = 0; i < 2; i++) {
				const response = await limited.run(requestText(SCENARIOS[0]!, auth));
				rateStatuses.push(response.status);
				captured.texts.push(await response.text());
				response.headers.forEach((value, name) => captured.texts.push(`${name}: ${value}`));
			}
			expect(rateStatuses).toEqual([200, 429]);
			// Connect-time address guard refusing the (staged) loopback resolution.
			const refused = await blocked.run(requestText(SCENARIOS[0]!, auth));
			expect(refused.status).toBe(502);
			captured.texts.push(await refused.text());

			const everyHarness = [h, limited, blocked];
			const logText = [...everyHarness.flatMap((x) => x.logs.map((entry) => JSON.stringify(entry))), ...everyHarness.flatMap((x) => x.mockLines), ...consoleLines].join('\n');
			expect(logText.length).toBeGreaterThan(0);
			expect(logText).not.toContain(secret);
			expect(captured.texts.join('\n')).not.toContain(secret);

			const calls = everyHarness.flatMap((x) => x.upstreamCalls);
			expect(calls.length).toBeGreaterThan(20);
			for (const call of calls) {
				expect(call.url).not.toContain(secret);
				expect(call.body).not.toContain(secret);
				for (const [name, value] of Object.entries(call.headers)) {
					if (name === header) expect(value).toBe(headerValue);
					else expect(value).not.toContain(secret);
				}
				expect(call.headers[header]).toBe(headerValue);
			}
		} finally {
			await Promise.all([h.close(), limited.close(), blocked.close(), guarded.close()]);
		}
	});
});
