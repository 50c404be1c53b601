/**
 * Issue 9 end to end on the built site, in Chromium: the setup guide's Responses API example runs
 * against the mock and streams its output text as it arrives, shows the response status, times,
 * usage with reasoning tokens and the allowlisted headers; Stop keeps the partial output; a
 * failure is explained and its Troubleshooting link leads to the entry; "Copy as" gives code in
 * every language for the Responses call.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CODE_LANGUAGES } from '../../src/lib/runnable/codegen.ts';
import { launchChromium } from '../../support/browser.ts';
import { useSite } from './support/fixtures.ts';
import { relaxProxyLimits, runAndWait, scriptErrors, SETUP_GUIDE, useMockDeployment } from './runnable-helpers.ts';

relaxProxyLimits();
const ctx = useSite();

async function openResponsesExample(page: Page): Promise<Locator> {
	const example = page.locator('.runnable-example[data-operation="responses"]').first();
	await example.getByRole('button', { name: /Edit & run/ }).click();
	await example.locator('.monaco-editor').waitFor();
	await example.locator('.runnable-button', { hasText: /^Run$/ }).and(example.locator(':enabled')).waitFor();
	return example;
}

function figure(example: Locator, page: Page, term: string): Locator {
	return example.locator('.runnable-figures > div', { has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');
}

describe('the Responses API example', () => {
	it('streams the output text as it arrives and shows status, times, usage with reasoning tokens and headers', async () => {
		const { page, errors } = await ctx.open(SETUP_GUIDE);
		const example = await openResponsesExample(page);
		expect(await example.locator('.runnable-store-note').innerText()).toContain('"store": false');
		const answer = example.locator('.runnable-answer-text');
		// Sample the answer while it streams: it must grow in several steps before the run ends.
		const lengths: number[] = [];
		await example.locator('.runnable-button', { hasText: /^Run$/ }).click();
		const status = example.locator('.runnable-status');
		while ((await status.getAttribute('data-state')) === 'running') {
			lengths.push(((await answer.textContent()) ?? '').length);
			await page.waitForTimeout(25);
		}
		expect(await status.getAttribute('data-state')).toBe('ok');
		const growing = [...new Set(lengths.filter((length) => length > 0))];
		expect(growing.length, `answer lengths seen while streaming: ${lengths.join(',')}`).toBeGreaterThan(2);
		const text = (await answer.innerText()).trim();
		expect(text).toContain('Summarize in one sentence');
		expect(text.length).toBeGreaterThan(growing[0]);

		expect(await status.innerText()).toMatch(/^200 OK · done in .* · first token after /);
		expect(await figure(example, page, 'Response status').innerText()).toBe('completed');
		expect(await figure(example, page, 'Time to first token').innerText()).toMatch(/\d+ (ms|s)$/);
		expect(await figure(example, page, 'Total time').innerText()).toMatch(/\d+ (ms|s)$/);
		// The default mock deployment runs a reasoning model: its hidden reasoning tokens are output tokens.
		expect(await figure(example, page, 'Tokens').innerText()).toMatch(/^\d+ input · \d+ output · 64 of them reasoning · \d+ total$/);
		// The list sits in a closed <details>: read its text, not what is rendered.
		expect(await example.locator('.runnable-headers').isVisible()).toBe(true);
		const headers = (await example.locator('.runnable-headers-list').textContent()) ?? '';
		expect(headers).toContain('apim-request-id');
		expect(headers).toContain('text/event-stream');
		expect(scriptErrors(errors)).toEqual([]);
		await page.close();
	});

	it('Stop keeps the partial output', async () => {
		const { page, errors } = await ctx.open(SETUP_GUIDE);
		const example = await openResponsesExample(page);
		await example.locator('.runnable-button', { hasText: /^Run$/ }).click();
		const answer = example.locator('.runnable-answer-text');
		await expect.poll(async () => ((await answer.textContent()) ?? '').length, { timeout: 10_000 }).toBeGreaterThan(0);
		await example.locator('.runnable-button', { hasText: /^Stop$/ }).click();
		const status = example.locator('.runnable-status');
		await example.locator('.runnable-status[data-state="stopped"]').waitFor();
		expect(await status.innerText()).toContain('The partial answer is kept below.');
		const partial = (await answer.innerText()).trim();
		expect(partial.length).toBeGreaterThan(0);
		// Fewer words than the whole answer, which quotes the full request.
		expect(partial).not.toContain('Point the same code at your Azure OpenAI resource');
		expect(await example.locator('.runnable-answer-note').innerText()).toContain('Stopped: partial answer');
		expect(scriptErrors(errors)).toEqual([]);
		await page.close();
	});

	it('explains a response that fails mid-stream and a model without the Responses API, and the link leads to Troubleshooting', async () => {
		const { page, errors } = await ctx.open(SETUP_GUIDE);
		const example = await openResponsesExample(page);

		await useMockDeployment(page, 'fault-response-failed');
		const failed = await runAndWait(example);
		expect(failed.state).toBe('error');
		expect(failed.text).toContain('The response failed');
		expect(await example.locator('.runnable-failure').innerText()).toContain('server_error');
		expect((await example.locator('.runnable-answer-text').innerText()).trim().length).toBeGreaterThan(0);
		expect(await example.locator('.runnable-answer-note').innerText()).toContain('before the response failed');

		// The embeddings deployment does not serve the Responses API: Azure's OperationNotSupported.
		await useMockDeployment(page, 'text-embedding-3-small');
		const refused = await runAndWait(example);
		expect(refused.state).toBe('error');
		expect(refused.text).toContain('400');
		const link = example.locator('.runnable-failure-link');
		expect(await link.getAttribute('href')).toBe('/providers/azure-openai/setup/#responses-api-not-available-for-this-model-or-region');
		await link.click();
		await page.waitForURL(/#responses-api-not-available-for-this-model-or-region$/);
		const heading = page.locator('#responses-api-not-available-for-this-model-or-region');
		expect(await heading.innerText()).toBe('Responses API not available for this model or region');
		expect(await heading.isVisible()).toBe(true);
		// The edited request is still there after following the link on the same page.
		expect(await example.locator('.monaco-editor').count()).toBe(1);
		expect(scriptErrors(errors)).toEqual([]);
		await page.close();
	});

	it('copies the Responses call in every language', async () => {
		const browser = await launchChromium();
		try {
			const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
			const page = await context.newPage();
			await page.goto(new URL(SETUP_GUIDE, ctx.site.url).href);
			const example = await openResponsesExample(page);
			const preview = example.locator('.runnable-code-preview');
			const route: Record<string, string> = {
				curl: '/openai/v1/responses',
				'node-fetch': '/openai/v1/responses',
				'python-requests': '/openai/v1/responses',
				'js-openai': 'client.responses.create(',
				'ts-openai': 'OpenAI.Responses.ResponseCreateParamsStreaming',
				'python-openai': 'client.responses.create(',
				'csharp-openai': 'ResponsesClient client',
				'java-openai': 'client.responses().createStreaming(params)',
			};
			expect(Object.keys(route).sort()).toEqual(CODE_LANGUAGES.map((language) => language.id).sort());
			for (const language of CODE_LANGUAGES) {
				await example.getByLabel('Language').selectOption(language.id);
				await expect.poll(() => preview.textContent()).toContain(route[language.id]);
				const code = (await preview.textContent()) ?? '';
				expect(code).toContain('Summarize in one sentence');
				await example.getByRole('button', { name: 'Copy code' }).click();
				await expect.poll(() => example.locator('.runnable-copied').textContent()).toBe(`Copied ${language.label} to the clipboard`);
				expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
			}
			await context.close();
		} finally {
			await browser.close();
		}
	});
});
