/**
 * The run panel's tools on the setup guide's Responses API example, as on chat completions: the
 * Events view lists the named events in order, the history keeps the run with its Responses
 * usage, a share link reopens the Responses request (and is refused by a chat example), the
 * slow-thinking mock shows "thinking" between the lifecycle events and the text, and Compare
 * runs the Responses request on two connections.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { MOCK_CHAT_DEPLOYMENT } from '../../src/lib/catalog/index.ts';
import { useSite } from './support/fixtures.ts';
import { FIRST_CHAT_EXAMPLE, pressOn, relaxProxyLimits, runAndWait, SETUP_GUIDE, useMockDeployment } from './runnable-helpers.ts';

relaxProxyLimits();
for (const name of ['PROXY_FIRST_BYTE_TIMEOUT_MS', 'PROXY_IDLE_TIMEOUT_MS', 'PROXY_TOTAL_TIMEOUT_MS']) delete process.env[name];
const ctx = useSite({ mock: { thinkMs: 3000 } });
const STREAMED_RESPONSES_EXAMPLE = '.runnable-example[data-example-id="first-response"]';

async function openResponsesExample(page: Page): Promise<Locator> {
	// The guide's streamed Responses example (the Node.js and Python ones above it do not stream).
	const example = page.locator(STREAMED_RESPONSES_EXAMPLE);
	await pressOn(page, example.getByRole('button', { name: /Edit & run/ }));
	await example.locator('.monaco-editor').waitFor();
	await example.locator('.runnable-button', { hasText: /^Run$/ }).and(example.locator(':enabled')).waitFor();
	return example;
}

describe('the run panel on the Responses API example', () => {
	it('lists the named events, keeps the run in the history with its usage, and shares it', async () => {
		const context = await ctx.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(new URL(SETUP_GUIDE, ctx.site.url).href);
		const example = await openResponsesExample(page);
		const result = await runAndWait(example);
		expect(result.state).toBe('ok');

		const names = await example.locator('details.runnable-events tbody tr td:nth-child(2)').allTextContents();
		expect(names[0]).toBe('response.created');
		expect(names).toContain('response.output_text.delta');
		expect(names.at(-1)).toBe('response.completed');
		expect(await example.locator('.runnable-progress').getAttribute('data-phase')).toBe('done');

		await pressOn(page, example.locator('details.runnable-history > summary'));
		const entry = example.locator('.runnable-history-entry').first();
		expect(await entry.locator('.runnable-history-facts').innerText()).toMatch(/Tokens\s+\d+ input · \d+ output · \d+ of them reasoning · \d+ total/);
		expect(await entry.locator('.runnable-history-facts').innerText()).toContain(`Mock deployment (${MOCK_CHAT_DEPLOYMENT})`);

		await pressOn(page, example.getByRole('button', { name: 'Share', exact: true }));
		const link = await example.getByLabel('Link to this request').inputValue();
		expect(new URLSearchParams(new URL(link).hash.slice(1)).get('op')).toBe('responses');
		const fresh = await ctx.browser.newContext();
		const other = await fresh.newPage();
		await other.goto(link);
		const reopened = other.locator(STREAMED_RESPONSES_EXAMPLE);
		await reopened.locator('.monaco-editor').waitFor();
		expect(await reopened.locator('.runnable-share-notice').textContent()).toMatch(/^Opened the request from a shared link\./);
		await reopened.locator('.view-lines', { hasText: 'Summarize in one sentence' }).waitFor();
		// The same request pointed at a chat completions example is refused, with the original sample kept.
		const hash = new URL(link).hash.replace(/run=[^&]+/, `run=${await other.locator(FIRST_CHAT_EXAMPLE).first().getAttribute('data-example-id')}`);
		await other.goto(new URL(`${SETUP_GUIDE}${hash}`, ctx.site.url).href);
		await other.reload();
		const chat = other.locator(FIRST_CHAT_EXAMPLE).first();
		await chat.locator('.runnable-share-notice').waitFor();
		expect(await chat.locator('.runnable-share-notice').textContent()).toBe(
			"The shared link's request could not be opened: it was made for the responses operation, and this example sends chat/completions requests. The original sample is shown instead.",
		);
		await fresh.close();
		await context.close();
	});

	it('shows "thinking" while the slow-thinking deployment is silent after the lifecycle events, then completes', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openResponsesExample(page);
		await useMockDeployment(page, 'slow-thinking');
		await pressOn(page, example.getByRole('button', { name: 'Run', exact: true }));
		await example.locator('.runnable-progress[data-phase="thinking"]').waitFor({ timeout: 10_000 });
		expect(await example.locator('.runnable-progress-phase').textContent()).toBe('Model is thinking (no tokens yet)…');
		await example.locator('.runnable-status[data-state="ok"]').waitFor({ timeout: 20_000 });
		const names = await example.locator('details.runnable-events tbody tr td:nth-child(2)').allTextContents();
		expect(names.slice(0, 2)).toEqual(['response.created', 'response.in_progress']);
		expect(await example.locator('.runnable-answer-text').textContent()).toMatch(/\S/);
		await page.close();
	});

	it('compares the Responses request on two connections', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openResponsesExample(page);
		await page.locator('header').getByRole('button', { name: 'Connection for runnable examples' }).click();
		const dialog = page.getByRole('dialog', { name: 'Connection for runnable examples' });
		await dialog.getByLabel('Saved connection').selectOption('__new__');
		await dialog.getByLabel('Connection name').fill('Broken');
		await dialog.getByLabel('Mock deployment', { exact: true }).selectOption('error-500');
		await dialog.getByRole('button', { name: 'Save connection' }).click();
		await dialog.waitFor({ state: 'hidden' });
		await pressOn(page, example.getByRole('button', { name: 'Compare', exact: true }));
		await example.getByLabel('First connection').selectOption({ label: `Mock deployment (${MOCK_CHAT_DEPLOYMENT})` });
		await pressOn(page, example.getByRole('button', { name: 'Run both' }));
		await expect.poll(() => example.locator('.runnable-compare-status').textContent(), { timeout: 20_000 }).toBe('One run succeeded and one failed: see each row.');
		const rows = await example.locator('table.runnable-compare-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())));
		expect(rows[0][1]).toBe('200 OK');
		expect(rows[0][4]).toMatch(/\d+ input · \d+ output/);
		expect(rows[1][1]).toMatch(/^500 /);
		await page.close();
	});
});
