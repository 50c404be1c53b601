/**
 * The run history of a tab: every run is kept (request as sent, connection, status, timings,
 * usage, answer), newest first, survives a reload, never holds a key, and any past request can be
 * restored into the editor or run again, all with the keyboard. axe-core finds nothing with it open.
 */
import { describe, expect, it } from 'vitest';
import { MOCK_CHAT_DEPLOYMENT } from '../../src/lib/catalog/index.ts';
import { axeViolations } from './support/axe.ts';
import { useSite } from './support/fixtures.ts';
import { firstExample, openEditorWithKeyboard, pressOn, relaxProxyLimits, replaceRequestBody, SAMPLE_MESSAGES, scriptErrors, SETUP_GUIDE, tabTo } from './runnable-helpers.ts';

relaxProxyLimits();
const ctx = useSite();

describe('run history', () => {
	it('keeps each run across a reload and restores or re-runs a past request with the keyboard', async () => {
		const { page, errors } = await ctx.open(SETUP_GUIDE);
		let example = await openEditorWithKeyboard(page);
		await replaceRequestBody(page, example, { messages: [SAMPLE_MESSAGES[0], { role: 'user', content: 'History run A' }], stream: true, stream_options: { include_usage: true } });
		await pressOn(page, example.getByRole('button', { name: 'Run', exact: true }));
		await example.locator('.runnable-status[data-state="ok"]').waitFor({ timeout: 20_000 });
		await replaceRequestBody(page, example, { messages: [{ role: 'user', content: 'History run B' }] });
		await pressOn(page, example.getByRole('button', { name: 'Run', exact: true }));
		await example.locator('.runnable-status[data-state="ok"]').waitFor({ timeout: 20_000 });
		await replaceRequestBody(page, example, { messages: [{ role: 'user', content: 'Draft C, never run' }] });

		await page.reload();
		example = firstExample(page);
		await example.locator('.view-lines', { hasText: 'Draft C, never run' }).waitFor();
		const history = example.locator('details.runnable-history');
		const summary = history.locator('summary').first();
		expect(await summary.textContent()).toBe('History (2 runs)');
		await pressOn(page, summary);
		expect(await history.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);

		const entries = history.locator('.runnable-history-entry');
		expect(await entries.count()).toBe(2);
		// Newest first: run 2 (B) above run 1 (A).
		expect(await entries.nth(0).locator('.runnable-history-title').textContent()).toMatch(/^Run 2 at .* · 200 OK$/);
		expect(await entries.nth(0).locator('pre').first().textContent()).toContain('History run B');
		const older = entries.nth(1);
		expect(await older.locator('pre').first().textContent()).toContain('History run A');
		const facts = await older.locator('.runnable-history-facts').innerText();
		expect(facts).toMatch(new RegExp(`Connection\\s+Mock deployment \\(${MOCK_CHAT_DEPLOYMENT}\\)`));
		expect(facts).toMatch(/Status\s+200 OK/);
		expect(facts).toMatch(/Time to first token\s+\d/);
		expect(facts).toMatch(/Tokens\s+\d+ prompt · \d+ completion · \d+ total/);
		expect(await older.locator('.runnable-history-answer pre').textContent()).toContain('History run A');

		expect(await axeViolations(page, '.runnable-example')).toEqual([]);

		// Restore run 1 with the keyboard: Tab to its button, Enter.
		await older.locator('summary').first().focus();
		await tabTo(page, older, /^Restore into editor: the request of run 1 /);
		await page.keyboard.press('Enter');
		await example.locator('.view-lines', { hasText: 'History run A' }).waitFor();
		expect(await history.locator('.runnable-history-status').textContent()).toMatch(/^Restored the request of run 1 \(/);

		// Restoring puts focus in the editor, ready to edit.
		expect(await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'))).toBe(true);

		// Run again adds a third run, with the restored request.
		await older.locator('summary').first().focus();
		await tabTo(page, older, /^Run again: the request of run 1 /);
		await page.keyboard.press('Enter');
		await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toBe('History (3 runs)');
		expect(await entries.nth(0).locator('pre').first().textContent()).toContain('History run A');

		// Clear history, with the keyboard.
		await pressOn(page, history.getByRole('button', { name: 'Clear history' }));
		expect(await summary.textContent()).toBe('History');
		expect(await history.locator('.runnable-history-status').textContent()).toBe('History cleared for this example.');
		expect(await page.evaluate(() => sessionStorage.getItem('runnable:history'))).toBeNull();
		expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('History run');
		expect(scriptErrors(errors)).toEqual([]);
		await page.close();
	});

	it('never stores the key or token of the connection a run used', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		const CANARY = 'canary-key-6f1d2c9e8b7a';
		await page.locator('header').getByRole('button', { name: 'Connection for runnable examples' }).click();
		const dialog = page.getByRole('dialog', { name: 'Connection for runnable examples' });
		await dialog.getByLabel('Endpoint').fill('https://panel-canary.openai.azure.com');
		await dialog.getByLabel('Deployment name').fill('canary-deployment');
		await dialog.getByLabel('API key', { exact: true }).fill(CANARY);
		await dialog.getByRole('button', { name: 'Save connection' }).click();
		await dialog.waitFor({ state: 'hidden' });
		// The key also typed into the request itself: the history keeps the request, redacted.
		await replaceRequestBody(page, example, { messages: [{ role: 'user', content: `my key is ${CANARY}` }] });
		await example.getByRole('button', { name: 'Run', exact: true }).click();
		await example.locator('.runnable-status[data-state="error"]').waitFor({ timeout: 30_000 });
		await expect.poll(() => example.locator('.runnable-history-entry').count()).toBe(1);
		const stored = await page.evaluate(() => sessionStorage.getItem('runnable:history'));
		expect(stored).toContain('panel-canary.openai.azure.com · canary-deployment');
		expect(stored).toContain('[redacted: your key]');
		expect(stored).not.toContain(CANARY);
		await page.close();
	});
});
