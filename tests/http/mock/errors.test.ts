import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPLOYMENT_NAMES } from '../../../mock/deployments.ts';
import type { MockServer } from '../../../mock/server.ts';
import { datedUrl, GA, hello, post, startMock } from './helpers.ts';

let mock: MockServer;
const lines: string[] = [];
beforeAll(async () => {
	mock = await startMock({ logger: (line) => lines.push(line) });
});
afterAll(() => mock.close());

const AZURE_HEADERS = ['apim-request-id', 'x-request-id', 'x-ms-region', 'x-ratelimit-remaining-requests', 'x-ratelimit-remaining-tokens', 'azureml-model-session'];

function expectAzureHeaders(res: Response): void {
	for (const name of AZURE_HEADERS) expect(res.headers.get(name), name).toBeTruthy();
}

type AzureError = { error: { code: string | null; message: string } };

const DEPLOYMENT_NOT_FOUND = {
	error: {
		code: 'DeploymentNotFound',
		message: 'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
	},
};

describe('error deployments', () => {
	it('error-401 answers the invalid-key 401', async () => {
		const res = await post(datedUrl(mock, 'error-401'), hello);
		expect(res.status).toBe(401);
		expectAzureHeaders(res);
		const body = (await res.json()) as AzureError;
		expect(body.error.code).toBe('401');
		expect(body.error.message).toMatch(/^Access denied due to invalid subscription key or wrong API endpoint\./);
	});

	it('error-403 answers an access-denied 403', async () => {
		const res = await post(datedUrl(mock, 'error-403'), hello);
		expect(res.status).toBe(403);
		expectAzureHeaders(res);
		expect(await res.json()).toEqual({ error: { code: '403', message: 'Access denied due to Virtual Network/Firewall rules.' } });
	});

	it('error-429 answers a rate-limit 429 with Retry-After and retry-after-ms', async () => {
		const res = await post(datedUrl(mock, 'error-429'), hello);
		expect(res.status).toBe(429);
		expectAzureHeaders(res);
		const seconds = Number(res.headers.get('retry-after'));
		expect(seconds).toBeGreaterThan(0);
		expect(Number(res.headers.get('retry-after-ms'))).toBe(seconds * 1000);
		const body = (await res.json()) as AzureError;
		expect(body.error.code).toBe('429');
		expect(body.error.message).toContain(`ChatCompletions_Create Operation under Azure OpenAI API version ${GA}`);
		expect(body.error.message).toContain(`Please retry after ${seconds} seconds.`);

		const embeddings = await post(datedUrl(mock, 'error-429', 'embeddings'), { input: 'x' });
		expect(((await embeddings.json()) as AzureError).error.message).toContain('Embeddings_Create Operation');
	});

	it('error-500 answers a server_error 500 naming the request id', async () => {
		const res = await post(datedUrl(mock, 'error-500'), hello);
		expect(res.status).toBe(500);
		expectAzureHeaders(res);
		const body = (await res.json()) as { error: { message: string; type: string; code: null } };
		expect(body.error.type).toBe('server_error');
		expect(body.error.message).toContain(res.headers.get('apim-request-id') as string);
	});

	it('error-503 answers a 503 in the Azure error shape', async () => {
		const res = await post(datedUrl(mock, 'error-503'), hello);
		expect(res.status).toBe(503);
		expectAzureHeaders(res);
		const body = (await res.json()) as AzureError;
		expect(body.error.code).toBe('ServiceUnavailable');
		expect(body.error.message.length).toBeGreaterThan(10);
	});

	it('missing-deployment and any unknown name answer DeploymentNotFound exactly', async () => {
		for (const name of ['missing-deployment', 'no-such-deployment', 'constructor']) {
			const res = await post(datedUrl(mock, name), hello);
			expect(res.status, name).toBe(404);
			expectAzureHeaders(res);
			expect(await res.json()).toEqual(DEPLOYMENT_NOT_FOUND);
		}
	});

	it('documents every deployment name in mock/README.md', async () => {
		const { readFile } = await import('node:fs/promises');
		const readme = await readFile(new URL('../../../mock/README.md', import.meta.url), 'utf8');
		for (const name of DEPLOYMENT_NAMES) expect(readme, name).toContain(`\`${name}\``);
	});
});

describe('routing, credentials and api-version', () => {
	it("answers an unknown path with Azure's 404 Resource not found", async () => {
		const res = await post(`${mock.url}/openai/deployments/gpt-5-mini/completions-typo?api-version=${GA}`, hello);
		expect(res.status).toBe(404);
		expectAzureHeaders(res);
		expect(await res.json()).toEqual({ error: { code: '404', message: 'Resource not found' } });
	});

	it('answers a dated route without api-version with 404 Resource not found, as Azure does', async () => {
		const res = await post(datedUrl(mock, 'gpt-5-mini', 'chat/completions', null), hello);
		expect(res.status).toBe(404);
		expect(await res.json()).toEqual({ error: { code: '404', message: 'Resource not found' } });
	});

	it('answers a wrong method with 405 and Allow: POST', async () => {
		const res = await fetch(datedUrl(mock, 'gpt-5-mini'), { headers: { 'api-key': 'k' }, signal: AbortSignal.timeout(5_000) });
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('POST');
		expectAzureHeaders(res);
		expect(((await res.json()) as AzureError).error.code).toBe('405');
	});

	it("answers a request without credentials with 401 in Azure's format", async () => {
		const variants: Array<Record<string, string>> = [{ 'api-key': '' }, { authorization: 'Basic abc' }, {}];
		for (const headers of variants) {
			const res = await fetch(datedUrl(mock, 'gpt-5-mini'), {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...headers },
				body: JSON.stringify(hello),
				signal: AbortSignal.timeout(5_000),
			});
			expect(res.status).toBe(401);
			expectAzureHeaders(res);
			expect(await res.json()).toEqual({
				error: {
					code: '401',
					message: 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
				},
			});
		}
	});

	it('accepts a bearer token instead of an api-key', async () => {
		const res = await post(datedUrl(mock, 'gpt-5-mini'), hello, { headers: { 'api-key': '', authorization: 'Bearer token-123' } });
		expect(res.status).toBe(200);
		await res.json();
	});

	it('accepts known GA and preview versions and refuses others with 400 API version not supported', async () => {
		for (const version of ['2024-10-21', '2024-06-01', '2024-02-01', '2025-04-01-preview', '2024-09-01-preview']) {
			const res = await post(datedUrl(mock, 'gpt-5-mini', 'chat/completions', version), hello);
			expect(res.status, version).toBe(200);
			await res.json();
		}
		for (const version of ['2024-10-22', 'latest', 'v1', '', '2023-13-01-preview']) {
			const res = await post(datedUrl(mock, 'gpt-5-mini', 'chat/completions', version), hello);
			expect(res.status, version).toBe(400);
			expectAzureHeaders(res);
			expect(await res.json()).toEqual({ error: { code: 'BadRequest', message: 'API version not supported' } });
		}
	});

	it('serves the v1 API with the deployment in model, default v1 or preview', async () => {
		for (const query of ['', '?api-version=v1', '?api-version=preview']) {
			const res = await post(`${mock.url}/openai/v1/chat/completions${query}`, { ...hello, model: 'gpt-5-mini' });
			expect(res.status, query).toBe(200);
			const body = (await res.json()) as { choices: Array<{ message: { content: string } }> };
			expect(body.choices[0].message.content).toContain('gpt-5-mini');
		}
		const embeddings = await post(`${mock.url}/openai/v1/embeddings`, { model: 'text-embedding-3-small', input: 'hi' });
		expect(embeddings.status).toBe(200);
		expect(((await embeddings.json()) as { data: unknown[] }).data).toHaveLength(1);

		const errorDeployment = await post(`${mock.url}/openai/v1/chat/completions`, { ...hello, model: 'error-429' });
		expect(errorDeployment.status).toBe(429);
		expect(errorDeployment.headers.get('retry-after')).toBeTruthy();
		await errorDeployment.body?.cancel();

		const unknown = await post(`${mock.url}/openai/v1/chat/completions`, { ...hello, model: 'nope' });
		expect(unknown.status).toBe(404);
		expect(await unknown.json()).toEqual(DEPLOYMENT_NOT_FOUND);
	});

	it('refuses v1 requests with a dated api-version or without model', async () => {
		const dated = await post(`${mock.url}/openai/v1/chat/completions?api-version=${GA}`, { ...hello, model: 'gpt-5-mini' });
		expect(dated.status).toBe(400);
		expect(await dated.json()).toEqual({ error: { code: 'BadRequest', message: 'API version not supported' } });
		const noModel = await post(`${mock.url}/openai/v1/chat/completions`, hello);
		expect(noModel.status).toBe(400);
		expect(((await noModel.json()) as { error: { param: string } }).error.param).toBe('model');
	});

	it('answers a body over the size limit with 413', async () => {
		const small = await startMock({ bodyLimitBytes: 1024 });
		try {
			const res = await post(datedUrl(small, 'gpt-5-mini'), { messages: [{ role: 'user', content: 'x'.repeat(4096) }] });
			expect(res.status).toBe(413);
			expect(((await res.json()) as AzureError).error.code).toBe('RequestEntityTooLarge');
		} finally {
			await small.close();
		}
	});

	it('logs each request without the credential values', async () => {
		const secretKey = 'super-secret-key-value-123';
		const secretToken = 'super-secret-token-456';
		await (await post(datedUrl(mock, 'gpt-5-mini'), hello, { headers: { 'api-key': secretKey } })).json();
		await (await post(datedUrl(mock, 'error-401'), hello, { headers: { 'api-key': '', authorization: `Bearer ${secretToken}` } })).json();
		await expect.poll(() => lines.filter((line) => line.includes('auth=bearer')).length, { timeout: 5_000 }).toBeGreaterThan(0);
		expect(lines.some((line) => line.includes('deployment=gpt-5-mini auth=api-key -> 200'))).toBe(true);
		expect(lines.join('\n')).not.toContain(secretKey);
		expect(lines.join('\n')).not.toContain(secretToken);
	});
});
