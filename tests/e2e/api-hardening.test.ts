/**
 * Issue 10 findings 2, 3, 5 and 10 against the built site's own server, over raw sockets (an
 * HTTP client would refuse TRACE, fix up `Host: a@evil.com` or never send a foreign Host).
 * Every answer under /api/ is problem+json with Cache-Control: no-store and an x-run-id that
 * matches exactly one log line.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MOCK_CHAT_DEPLOYMENT } from '../../src/lib/catalog/index.ts';
import { rawRequest, targetOf, type RawResponse, type RawTarget } from '../../support/raw-http.ts';
import { startBuiltSite, type RunningSite } from '../../support/built-site.ts';

let site: RunningSite;
let target: RawTarget;
let logLines: string[] = [];

beforeAll(async () => {
	site = await startBuiltSite();
	target = targetOf(site.url);
});
afterAll(async () => {
	await site?.close();
});
afterEach(() => {
	vi.restoreAllMocks();
});

function captureLog() {
	logLines = [];
	for (const method of ['info', 'log', 'error'] as const) {
		vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logLines.push(args.map(String).join(' ')));
	}
}

const chat = { messages: [{ role: 'user', content: 'Say hello.' }], max_completion_tokens: 20 };

function post(path: string, body: string, headers: string[] = [`Host: ${target.host}:${target.port}`, `Origin: ${site.url}`]) {
	return rawRequest(target, [`POST ${path} HTTP/1.1`, ...headers, 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`].join('\r\n'), body);
}

/** The common shape of every /api/ answer, and its one log line. */
function expectProblem(answer: RawResponse, status: number, code: string) {
	expect(answer.status).toBe(status);
	expect(answer.headers['content-type']).toBe('application/problem+json');
	expect(answer.headers['cache-control']).toBe('no-store');
	const runId = answer.headers['x-run-id'];
	expect(runId).toMatch(/^[0-9a-f-]{36}$/);
	const problem = JSON.parse(answer.body.toString()) as { code: string; status: number; detail: string; field?: string };
	expect(problem).toMatchObject({ code, status });
	const lines = logLines.filter((line) => line.includes(runId!));
	expect(lines, logLines.join('\n')).toHaveLength(1);
	expect(lines[0]).toContain(`"status":${status}`);
	return problem;
}

describe('every answer under /api/', () => {
	it('TRACE and every other method on /api/run: 405 with Allow: POST (finding 3)', async () => {
		for (const method of ['TRACE', 'GET', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
			captureLog();
			const answer = await rawRequest(target, `${method} /api/run HTTP/1.1\r\nHost: ${target.host}:${target.port}`);
			expectProblem(answer, 405, 'method_not_allowed');
			expect(answer.headers.allow, method).toBe('POST');
		}
	});

	it('an unknown path under /api/: 404 problem, whatever the method', async () => {
		for (const [method, path] of [
			['POST', '/api/nope'],
			['GET', '/api/'],
			['TRACE', '/api/run/x'],
			['POST', '/api/run/../../api/x'],
		]) {
			captureLog();
			expectProblem(await rawRequest(target, `${method} ${path} HTTP/1.1\r\nHost: ${target.host}:${target.port}`), 404, 'not_found');
		}
	});

	it('a malformed Host (a@evil.com) is refused with 421, never a 500 (finding 3)', async () => {
		captureLog();
		expectProblem(
			await post('/api/run', JSON.stringify({ target: { provider: 'mock', deployment: MOCK_CHAT_DEPLOYMENT }, body: chat }), ['Host: a@evil.com', 'Origin: http://a@evil.com']),
			421,
			'misdirected_request',
		);
		const page = await rawRequest(target, 'GET / HTTP/1.1\r\nHost: a@evil.com');
		expect(page.status).toBe(421);
	});

	it('a DNS-rebinding page (Host and Origin both evil.com) is refused (finding 5)', async () => {
		captureLog();
		const answer = await post('/api/run', JSON.stringify({ target: { provider: 'mock', deployment: MOCK_CHAT_DEPLOYMENT }, body: chat }), ['Host: evil.com', 'Origin: http://evil.com']);
		expectProblem(answer, 421, 'misdirected_request');
		// The same with the site's port in both: still not the site.
		captureLog();
		expectProblem(await post('/api/run', '{}', [`Host: evil.com:${target.port}`, `Origin: http://evil.com:${target.port}`]), 421, 'misdirected_request');
		expect((await rawRequest(target, `GET / HTTP/1.1\r\nHost: evil.com:${target.port}`)).status).toBe(421);
	});

	it('on loopback, localhost, 127.0.0.1 and [::1] are the same site', async () => {
		for (const name of ['localhost', '127.0.0.1', '[::1]']) {
			captureLog();
			const answer = await post('/api/run', JSON.stringify({ target: { provider: 'mock', deployment: MOCK_CHAT_DEPLOYMENT }, body: chat }), [
				`Host: ${name}:${target.port}`,
				`Origin: http://${name}:${target.port}`,
			]);
			expect(answer.status, name).toBe(200);
			expect(answer.headers['x-run-id']).toMatch(/^[0-9a-f-]{36}$/);
			expect(logLines.filter((line) => line.includes(answer.headers['x-run-id']!))).toHaveLength(1);
		}
		// A page from another port on this machine is another site.
		captureLog();
		expectProblem(await post('/api/run', '{}', [`Host: localhost:${target.port}`, `Origin: http://localhost:${target.port + 1}`]), 403, 'forbidden_origin');
	});

	it('arrays nested 10,000 deep: 400 naming the body, not an empty 500 (finding 3)', async () => {
		captureLog();
		const deep = `{"target":{"provider":"mock","deployment":"${MOCK_CHAT_DEPLOYMENT}"},"body":{"messages":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
		const problem = expectProblem(await post('/api/run', deep), 400, 'invalid_field');
		expect(problem.field).toBe('body');
	});

	it('echoes at most 40 characters of an unknown field name (finding 10)', async () => {
		captureLog();
		const key = 'k'.repeat(5000);
		const problem = expectProblem(await post('/api/run', JSON.stringify({ target: { provider: 'mock', deployment: MOCK_CHAT_DEPLOYMENT, [key]: 1 }, body: chat })), 400, 'invalid_field');
		expect(problem.field).toBe(`target.${'k'.repeat(40)}…`);
		expect(problem.detail.length).toBeLessThan(200);
	});

	it('a streamed run logs one line, with its outcome, when the stream ends', async () => {
		captureLog();
		const answer = await post('/api/run', JSON.stringify({ target: { provider: 'mock', deployment: MOCK_CHAT_DEPLOYMENT }, body: { ...chat, stream: true } }));
		expect(answer.status).toBe(200);
		expect(answer.body.toString()).toContain('data: [DONE]');
		const lines = logLines.filter((line) => line.includes(answer.headers['x-run-id']!));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain('"outcome":"complete"');
	});
});
