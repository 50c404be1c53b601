/**
 * Saved connections: several named connections, one chosen for each run, the built-in mock always
 * among them; a key stays in memory unless "Remember in this tab" is ticked for its connection,
 * and never goes to localStorage. Driven with the keyboard; axe-core finds nothing in the dialog.
 */
import { describe, expect, it } from 'vitest';
import { MOCK_CHAT_DEPLOYMENT } from '../../src/lib/catalog/index.ts';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe.ts';
import { useSite } from './support/fixtures.ts';
import { openEditorWithKeyboard, pressOn, relaxProxyLimits, replaceRequestBody, SAMPLE_MESSAGES, SETUP_GUIDE } from './runnable-helpers.ts';

relaxProxyLimits();
const ctx = useSite();

async function openDialog(page: Page, example: Locator): Promise<Locator> {
	await pressOn(page, example.locator('.runnable-connection-button'));
	const dialog = page.getByRole('dialog', { name: 'Connection for runnable examples' });
	await dialog.waitFor();
	return dialog;
}

/** Picks an option of a focused <select> with the arrow keys, as a keyboard user does. */
async function chooseWithArrows(page: Page, select: Locator, label: string): Promise<void> {
	await select.focus();
	await page.keyboard.press('Home');
	for (let presses = 0; presses < 40; presses++) {
		if ((await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')) === label) return;
		await page.keyboard.press('ArrowDown');
	}
	throw new Error(`The option "${label}" was not reached with the arrow keys.`);
}

async function saveWithKeyboard(page: Page, dialog: Locator): Promise<void> {
	await pressOn(page, dialog.getByRole('button', { name: 'Save connection' }));
	await dialog.waitFor({ state: 'hidden' });
}

async function runOnce(page: Page, example: Locator): Promise<string> {
	await pressOn(page, example.getByRole('button', { name: 'Run', exact: true }));
	await example.locator('.runnable-status:not([data-state="running"]):not([data-state="idle"])').waitFor({ timeout: 20_000 });
	return (await example.locator('.runnable-status').textContent()) ?? '';
}

describe('saved connections', () => {
	it('keeps two named connections and runs once on each, chosen in the connection panel', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES });

		// A second connection: a mock deployment that answers 429, under a name of the reader's.
		let dialog = await openDialog(page, example);
		const choice = dialog.getByLabel('Saved connection');
		expect(await choice.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.textContent))).toEqual(['Built-in mock', 'New connection…']);
		await chooseWithArrows(page, choice, 'New connection…');
		await dialog.getByLabel('Connection name').focus();
		await page.keyboard.type('Throttled mock');
		await chooseWithArrows(page, dialog.getByLabel('Mock deployment', { exact: true }), 'error-429 — 429 too many requests');
		expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
		await saveWithKeyboard(page, dialog);
		expect(await example.locator('.runnable-connection-button').textContent()).toBe('Connection: Throttled mock — Mock deployment (error-429)');
		expect(await runOnce(page, example)).toMatch(/^429 /);

		// Back to the built-in mock for the next run.
		dialog = await openDialog(page, example);
		expect(await choice.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.textContent))).toEqual(['Built-in mock', 'Throttled mock', 'New connection…']);
		expect(await choice.inputValue()).not.toBe('mock');
		await chooseWithArrows(page, choice, 'Built-in mock');
		expect(await dialog.getByLabel('Connection name').isDisabled()).toBe(true);
		await saveWithKeyboard(page, dialog);
		expect(await example.locator('.runnable-connection-button').textContent()).toBe(`Connection: Mock deployment (${MOCK_CHAT_DEPLOYMENT})`);
		expect(await runOnce(page, example)).toMatch(/^200 OK/);

		// Each run is in the history under the connection it used.
		const connections = await example.locator('.runnable-history-entry .runnable-history-facts div:first-child dd').allTextContents();
		expect(connections).toEqual([`Mock deployment (${MOCK_CHAT_DEPLOYMENT})`, 'Throttled mock — Mock deployment (error-429)']);

		// Deleting it, with the keyboard, leaves the mock.
		dialog = await openDialog(page, example);
		await chooseWithArrows(page, choice, 'Throttled mock');
		await pressOn(page, dialog.getByRole('button', { name: 'Delete this connection' }));
		expect(await dialog.getByRole('status').filter({ hasText: 'Deleted' }).textContent()).toBe('Deleted "Throttled mock". Runs now use Built-in mock.');
		expect(await choice.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.textContent))).toEqual(['Built-in mock', 'New connection…']);
		await page.keyboard.press('Escape');
		await page.close();
	});

	it('keeps a key in sessionStorage only for the connections with "Remember in this tab", never in localStorage', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		const KEYS = { prod: 'prod-canary-0d6e1f', dev: 'dev-canary-7c2b9a' };
		for (const [name, remember] of [
			['prod', false],
			['dev', true],
		] as const) {
			const dialog = await openDialog(page, example);
			await chooseWithArrows(page, dialog.getByLabel('Saved connection'), 'New connection…');
			await dialog.getByLabel('Connection name').fill(name);
			await dialog.getByLabel('Endpoint').fill(`https://${name}-resource.openai.azure.com`);
			await dialog.getByLabel('Deployment name').fill(`${name}-deployment`);
			await dialog.getByLabel('API key', { exact: true }).fill(KEYS[name]);
			await dialog.getByLabel('Remember in this tab').setChecked(remember);
			await saveWithKeyboard(page, dialog);
		}
		expect(await example.locator('.runnable-connection-button').textContent()).toBe('Connection: dev — dev-resource.openai.azure.com · dev-deployment');
		const stored = await page.evaluate(() => sessionStorage.getItem('runnable:connection'));
		expect(stored).toContain(KEYS.dev);
		expect(stored).not.toContain(KEYS.prod);
		expect(stored).not.toContain('prod-resource');
		expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/canary/);

		await page.reload();
		await page.locator('header').getByRole('button', { name: 'Connection for runnable examples' }).click();
		const dialog = page.getByRole('dialog', { name: 'Connection for runnable examples' });
		expect(await dialog.getByLabel('Saved connection').evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.textContent))).toEqual(['Built-in mock', 'dev', 'New connection…']);
		expect(await dialog.getByLabel('Endpoint').inputValue()).toBe('https://dev-resource.openai.azure.com');
		expect(await dialog.getByLabel('API key', { exact: true }).inputValue()).toBe(KEYS.dev);
		await page.close();
	});
});
