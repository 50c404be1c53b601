/**
 * "Copy as" generates code in five languages from the request as edited and the reader's
 * endpoint and deployment, copies it to the clipboard with a visible confirmation, and never
 * includes the key.
 */
import { describe, expect, it } from 'vitest';
import { CODE_LANGUAGES } from '../../src/lib/runnable/codegen.ts';
import { launchChromium } from '../../support/browser.ts';
import { useSite } from './support/fixtures.ts';
import { openEditorWithKeyboard, replaceRequestBody, runAndWait, SETUP_GUIDE } from './runnable-helpers.ts';

const ctx = useSite();
const ENDPOINT = 'https://contoso-docs-test.openai.azure.com';
const DEPLOYMENT = 'prod-gpt4o-mini-e2e';
const SECRET = 'e2e-secret-key-0123456789abcdef';

describe('Copy as', () => {
	it('copies each language with the endpoint, deployment and edited body, and never the key', async () => {
		const browser = await launchChromium();
		try {
			const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
			const page = await context.newPage();
			await page.goto(new URL(SETUP_GUIDE, ctx.site.url).href);
			const example = await openEditorWithKeyboard(page);
			await replaceRequestBody(page, example, { messages: [{ role: 'user', content: 'Copy-as marker text' }], max_tokens: 64 });

			await example.getByRole('button', { name: /^Connection:/ }).click();
			const dialog = page.getByRole('dialog', { name: 'Connection for runnable examples' });
			await dialog.getByLabel('Endpoint').fill(ENDPOINT);
			await dialog.getByLabel('Deployment name').fill(DEPLOYMENT);
			await dialog.getByLabel('API key', { exact: true }).fill(SECRET);
			await dialog.getByRole('button', { name: 'Save connection' }).click();
			await dialog.waitFor({ state: 'hidden' });
			expect(await example.locator('.runnable-mode-note').textContent()).toContain('contoso-docs-test.openai.azure.com');

			const preview = example.locator('.runnable-code-preview');
			for (const language of CODE_LANGUAGES) {
				await example.getByLabel('Language').selectOption(language.id);
				await expect.poll(() => preview.textContent()).toContain('Copy-as marker text');
				await example.getByRole('button', { name: 'Copy code' }).click();
				await expect.poll(() => example.locator('.runnable-copied').textContent()).toBe(`Copied ${language.label} to the clipboard`);
				const copied = await page.evaluate(() => navigator.clipboard.readText());
				expect(copied).toBe(await preview.textContent());
				expect(copied).toContain(DEPLOYMENT);
				expect(copied).toContain(ENDPOINT.replace('https://', ''));
				expect(copied).not.toContain(SECRET);
			}
			// Nothing of the key reached any URL the page requested, nor localStorage.
			expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(SECRET);
			expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(SECRET);
			await context.close();
		} finally {
			await browser.close();
		}
	});

	it('offers the v1 API preview channel: it runs against the mock and the code calls /openai/v1/…?api-version=preview', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		await page.locator('header').getByRole('button', { name: 'Connection for runnable examples' }).click();
		const dialog = page.getByRole('dialog', { name: 'Connection for runnable examples' });
		await dialog.getByLabel('api-version', { exact: true }).selectOption({ label: 'preview (v1 API, preview features)' });
		await dialog.getByRole('button', { name: 'Save connection' }).click();
		await dialog.waitFor({ state: 'hidden' });

		const result = await runAndWait(example);
		expect(result.state).toBe('ok');
		expect(result.text).toMatch(/^200 OK/);

		const preview = example.locator('.runnable-code-preview');
		await example.getByLabel('Language').selectOption('curl');
		await expect.poll(() => preview.textContent()).toContain('/openai/v1/chat/completions?api-version=preview');
		await example.getByLabel('Language').selectOption('js-openai');
		await expect.poll(() => preview.textContent()).toContain('defaultQuery: { "api-version": "preview" }');
		await page.close();
	});

	it('keeps the key in sessionStorage only when "Remember in this tab" is ticked', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		await page.locator('header').getByRole('button', { name: 'Connection for runnable examples' }).click();
		const dialog = page.getByRole('dialog', { name: 'Connection for runnable examples' });
		await dialog.getByLabel('Endpoint').fill(ENDPOINT);
		await dialog.getByLabel('Deployment name').fill(DEPLOYMENT);
		await dialog.getByLabel('API key', { exact: true }).fill(SECRET);
		await dialog.getByLabel('Remember in this tab').check();
		await dialog.getByRole('button', { name: 'Save connection' }).click();
		expect(await page.evaluate(() => sessionStorage.getItem('runnable:connection'))).toContain(SECRET);
		expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(SECRET);
		expect(page.url()).not.toContain(SECRET);
		await page.reload();
		await page.locator('header').getByRole('button', { name: 'Connection for runnable examples' }).click();
		expect(await dialog.getByLabel('Endpoint').inputValue()).toBe(ENDPOINT);
		await dialog.getByLabel('Remember in this tab').uncheck();
		await dialog.getByRole('button', { name: 'Save connection' }).click();
		expect(await page.evaluate(() => sessionStorage.getItem('runnable:connection'))).toBeNull();
		await page.close();
	});
});
