/**
 * Compare: the same request on two saved connections at once, both results side by side in one
 * table (status, time to first token, total time, tokens, answer); each half fails or succeeds
 * on its own. Driven with the keyboard; axe-core finds nothing with the table shown.
 */
import { describe, expect, it } from 'vitest';
import { MOCK_CHAT_DEPLOYMENT } from '../../src/lib/catalog/index.ts';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe.ts';
import { useSite } from './support/fixtures.ts';
import { openEditorWithKeyboard, pressOn, relaxProxyLimits, replaceRequestBody, SAMPLE_MESSAGES, SETUP_GUIDE } from './runnable-helpers.ts';

relaxProxyLimits();
const ctx = useSite();

async function addMockConnection(page: Page, name: string, deployment: string): Promise<void> {
	await page.locator('header').getByRole('button', { name: 'Connection for runnable examples' }).click();
	const dialog = page.getByRole('dialog', { name: 'Connection for runnable examples' });
	await dialog.getByLabel('Saved connection').selectOption('__new__');
	await dialog.getByLabel('Connection name').fill(name);
	await dialog.getByLabel('Mock deployment', { exact: true }).selectOption(deployment);
	await dialog.getByRole('button', { name: 'Save connection' }).click();
	await dialog.waitFor({ state: 'hidden' });
}

async function rowsOf(table: Locator): Promise<string[][]> {
	return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim())));
}

describe('Compare', () => {
	it('runs one request on two connections at once and shows a success and a failure side by side', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		await addMockConnection(page, 'Unavailable mock', 'error-503');
		await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES, stream: true, stream_options: { include_usage: true } });

		const button = example.getByRole('button', { name: 'Compare', exact: true });
		expect(await button.getAttribute('aria-expanded')).toBe('false');
		await pressOn(page, button);
		expect(await button.getAttribute('aria-expanded')).toBe('true');
		const first = example.getByLabel('First connection');
		const second = example.getByLabel('Second connection');
		// Opening moves focus to the first picker; the active connection is preselected there.
		expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await first.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0].textContent)).toBe('Unavailable mock — Mock deployment (error-503)');
		// Arrow keys pick the built-in mock first, then Tab to the second picker.
		await page.keyboard.press('Home');
		expect(await first.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0].textContent)).toBe(`Mock deployment (${MOCK_CHAT_DEPLOYMENT})`);
		await page.keyboard.press('Tab');
		expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await second.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0].textContent)).toBe('Unavailable mock — Mock deployment (error-503)');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');

		const table = example.locator('table.runnable-compare-table');
		await expect.poll(() => example.locator('.runnable-compare-status').textContent(), { timeout: 20_000 }).toBe('One run succeeded and one failed: see each row.');
		expect(await table.locator('thead th').allTextContents()).toEqual(['Connection', 'Status', 'Time to first token', 'Total time', 'Tokens', 'Answer or failure']);
		const [ok, failed] = await rowsOf(table);
		expect(ok[0]).toBe(`Mock deployment (${MOCK_CHAT_DEPLOYMENT})`);
		expect(ok[1]).toBe('200 OK');
		expect(ok[2]).toMatch(/^\d+ ms$|^\d+\.\d+ s$/);
		expect(ok[3]).toMatch(/^\d+ ms$|^\d+\.\d+ s$/);
		expect(ok[4]).toMatch(/^\d+ prompt · \d+ completion · \d+ total$/);
		expect(ok[5]).toContain('Name three Azure regions.');
		expect(failed[0]).toBe('Unavailable mock — Mock deployment (error-503)');
		expect(failed[1]).toMatch(/^503 /);
		expect(failed[2]).toBe('—');
		expect(failed[4]).toBe('—');
		expect(failed[5]).toMatch(/Troubleshooting/);
		expect(await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.state))).toEqual(['ok', 'error']);
		expect(await axeViolations(page, '.runnable-example')).toEqual([]);

		// Both halves went into the history, each under its own connection.
		const connections = await example.locator('.runnable-history-entry .runnable-history-facts div:first-child dd').allTextContents();
		expect(connections.sort()).toEqual([`Mock deployment (${MOCK_CHAT_DEPLOYMENT})`, 'Unavailable mock — Mock deployment (error-503)']);
		await page.close();
	});

	it('fails only the half whose deployment cannot be reached', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		await page.locator('header').getByRole('button', { name: 'Connection for runnable examples' }).click();
		const dialog = page.getByRole('dialog', { name: 'Connection for runnable examples' });
		await dialog.getByLabel('Saved connection').selectOption('__new__');
		await dialog.getByLabel('Connection name').fill('Prod');
		await dialog.getByLabel('Endpoint').fill('https://prod-compare.openai.azure.com');
		await dialog.getByLabel('Deployment name').fill('gpt-4o');
		await dialog.getByLabel('API key', { exact: true }).fill('compare-key-1');
		await dialog.getByRole('button', { name: 'Save connection' }).click();
		await dialog.waitFor({ state: 'hidden' });

		await pressOn(page, example.getByRole('button', { name: 'Compare', exact: true }));
		await example.getByLabel('First connection').selectOption({ label: `Mock deployment (${MOCK_CHAT_DEPLOYMENT})` });
		await example.getByLabel('Second connection').selectOption({ label: 'Prod — prod-compare.openai.azure.com · gpt-4o' });
		await pressOn(page, example.getByRole('button', { name: 'Run both' }));
		await expect.poll(() => example.locator('.runnable-compare-status').textContent(), { timeout: 30_000 }).toBe('One run succeeded and one failed: see each row.');
		const [ok, failed] = await rowsOf(example.locator('table.runnable-compare-table'));
		expect(ok[1]).toBe('200 OK');
		// No network here: the run service cannot reach the host, and says so in that row only.
		expect(failed[1]).toMatch(/^50[24] /);
		await page.close();
	});
});
