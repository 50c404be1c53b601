/**
 * The Astro route module itself: on-demand, POST wired to the proxy core with the production
 * fetch (the mock reached over loopback via MOCK_AZURE_OPENAI_URL), every other method 405.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../../mock/server.ts';

let mock: MockServer;
let route: typeof import('../../../src/pages/api/run.ts');
beforeAll(async () => {
	mock = await startMockServer({ port: 0, chunkDelayMs: 0 });
	process.env.MOCK_AZURE_OPENAI_URL = mock.url;
	route = await import('../../../src/pages/api/run.ts');
});
afterAll(async () => {
	delete process.env.MOCK_AZURE_OPENAI_URL;
	await mock.close();
});

// The route only reads request and clientAddress from Astro's context.
type Context = Parameters<typeof route.POST>[0];
const context = (request: Request) => ({ request, clientAddress: '127.0.0.1', locals: {} }) as unknown as Context;

describe('src/pages/api/run.ts', () => {
	it('is rendered on demand', () => {
		expect(route.prerender).toBe(false);
	});

	it('runs a mock request through the production wiring', async () => {
		const request = new Request('http://localhost:4321/api/run', {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: 'http://localhost:4321' },
			body: JSON.stringify({ target: { provider: 'mock', deployment: 'gpt-5-mini' }, body: { messages: [{ role: 'user', content: 'Hi' }] } }),
		});
		const response = await route.POST(context(request));
		expect(response.status).toBe(200);
		expect((await response.json()).object).toBe('chat.completion');
	});

	it('answers other methods with 405 and Allow: POST', async () => {
		const response = await route.ALL(context(new Request('http://localhost:4321/api/run', { method: 'OPTIONS' })));
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('POST');
	});
});
