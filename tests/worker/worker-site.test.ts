/**
 * The whole site as the Cloudflare Worker serves it, in real Chromium: the setup guide from the
 * assets binding with the site's security headers, and a runnable example edited and run through
 * the Worker's /api/run against the mock (JSON, then streamed), with no console or CSP errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../support/browser.ts';
import { openEditorWithKeyboard, replaceRequestBody, runAndWait, SAMPLE_MESSAGES, scriptErrors, SETUP_GUIDE } from '../e2e/runnable-helpers.ts';
import { startWorkerWithMock, type RunningWorker } from './support/running-worker.ts';
import { MOCK_CHAT_DEPLOYMENT } from '../../src/lib/catalog/index.ts';

describe('the site served by the Worker, in Chromium', () => {
	let worker: RunningWorker;
	let browser: Browser;

	beforeAll(async () => {
		worker = await startWorkerWithMock({ PROXY_RATE_LIMIT_BURST: '1000', PROXY_RATE_LIMIT_PER_MINUTE: '60000' });
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await worker?.close();
	});

	async function open(path: string) {
		const page = await browser.newPage();
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		const response = await page.goto(new URL(path, worker.url).href);
		return { page, errors, response: response! };
	}

	it('serves the setup guide from the assets binding with the CSP and the other security headers', async () => {
		const { page, response } = await open(SETUP_GUIDE);
		expect(response.status()).toBe(200);
		const headers = response.headers();
		expect(headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(headers['content-security-policy']).toContain("connect-src 'self'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['x-frame-options']).toBe('DENY');
		await expect(page.getByRole('heading', { level: 1, name: 'Azure OpenAI: Setup and First Call' }).isVisible()).resolves.toBe(true);
		expect(await page.locator('.runnable-example').count()).toBeGreaterThan(0);
		await page.close();
	});

	it('runs an edited example through the Worker against the mock, as JSON and as a stream', async () => {
		const { page, errors } = await open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		await replaceRequestBody(page, example, { messages: [SAMPLE_MESSAGES[0], { role: 'user', content: 'Sent through the Worker: list two regions.' }], max_completion_tokens: 50 });
		const json = await runAndWait(example);
		expect(json.state).toBe('ok');
		expect(json.text).toMatch(/^200 OK/);
		expect(await example.locator('.runnable-answer-text').textContent()).toContain('Sent through the Worker');
		await example.locator('.runnable-headers summary').click();
		expect(await example.locator('.runnable-headers-list').innerText()).toMatch(/apim-request-id[\s\S]*x-ms-region/);

		await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES, stream: true, stream_options: { include_usage: true } });
		const streamed = await runAndWait(example);
		expect(streamed.state).toBe('ok');
		expect(await example.locator('.runnable-figures').innerText()).toMatch(/Time to first token/);
		expect((await example.locator('.runnable-answer-text').textContent())!.length).toBeGreaterThan(20);
		// Both runs reached the mock through the Worker's configured MOCK_AZURE_OPENAI_URL.
		expect(worker.mockLines.filter((line) => line.startsWith(`POST /openai/deployments/${MOCK_CHAT_DEPLOYMENT}/chat/completions`))).toHaveLength(2);
		expect(scriptErrors(errors)).toEqual([]);
		await page.close();
	});
});
