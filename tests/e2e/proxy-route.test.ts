/**
 * The proxy as deployed: the built site's own server, Astro's on-demand route and the mock,
 * over real HTTP (no browser needed, but it needs the build, like the other e2e tests).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltSite, type RunningSite } from '../../support/built-site.ts';

let site: RunningSite;
beforeAll(async () => {
	site = await startBuiltSite();
});
afterAll(async () => {
	await site?.close();
});

const chat = { messages: [{ role: 'user', content: 'Say hello.' }], max_completion_tokens: 20 };

function run(path: string, body: unknown, headers: Record<string, string> = {}) {
	return fetch(new URL(path, site.url), {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: site.url, ...headers },
		body: JSON.stringify(body),
	});
}

describe('POST /api/run on the built site', () => {
	it('answers at /api/run and /api/run/ with the mock deployment’s reply', async () => {
		for (const path of ['/api/run', '/api/run/']) {
			const response = await run(path, { target: { provider: 'mock', deployment: 'gpt-5-mini' }, body: chat });
			expect(response.status, path).toBe(200);
			expect(response.headers.get('cache-control')).toBe('no-store');
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			expect(response.headers.get('set-cookie')).toBeNull();
			expect(response.headers.get('access-control-allow-origin')).toBeNull();
			expect(response.headers.get('apim-request-id')).toMatch(/\S+/);
			const answer = (await response.json()) as { choices: Array<{ message: { content: string } }> };
			expect(answer.choices[0].message.content.length).toBeGreaterThan(0);
		}
	});

	it('refuses another site’s pages and other methods', async () => {
		const crossSite = await run('/api/run', { target: { provider: 'mock', deployment: 'gpt-5-mini' }, body: chat }, { origin: 'https://evil.example' });
		expect(crossSite.status).toBe(403);
		expect(crossSite.headers.get('content-type')).toContain('application/problem+json');
		expect(((await crossSite.json()) as { code: string }).code).toBe('forbidden_origin');
		const get = await fetch(new URL('/api/run', site.url));
		expect(get.status).toBe(405);
	});

	it('passes the mock’s DeploymentNotFound through with its status', async () => {
		const response = await run('/api/run', { target: { provider: 'mock', deployment: 'missing-deployment' }, body: chat });
		expect(response.status).toBe(404);
		expect(((await response.json()) as { error: { code: string } }).error.code).toBe('DeploymentNotFound');
	});
});
