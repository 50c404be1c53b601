/**
 * Share links: "Share" copies a link that opens the example with the edited request in a fresh
 * browser; the request travels in the fragment; no key or token can appear in the link whatever
 * the connection (checked against a canary key, in the link and in its decoded request); the
 * endpoint only when the reader ticks it. Bad links open the original sample with a plain message.
 */
import { describe, expect, it } from 'vitest';
import { MOCK_CHAT_DEPLOYMENT } from '../../src/lib/catalog/index.ts';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { MAX_SHARED_REQUEST_BYTES } from '../../src/lib/runnable/share-link.ts';
import { axeViolations } from './support/axe.ts';
import { useSite } from './support/fixtures.ts';
import { firstExample, openEditorWithKeyboard, pressOn, relaxProxyLimits, replaceRequestBody, runAndWait, scriptErrors, SETUP_GUIDE } from './runnable-helpers.ts';

relaxProxyLimits();
const ctx = useSite();

const CANARY = 'sk-canary-3a9f41d07c2e4b8f';
const ENDPOINT = 'https://share-canary.openai.azure.com';
const MARKER = 'Shared request: name two rivers.';

async function newContext(): Promise<BrowserContext> {
	return ctx.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
}

async function setConnection(page: Page, auth: 'api-key' | 'bearer', remember: boolean): Promise<void> {
	await page.locator('header').getByRole('button', { name: 'Connection for runnable examples' }).click();
	const dialog = page.getByRole('dialog', { name: 'Connection for runnable examples' });
	await dialog.getByLabel('Endpoint').fill(ENDPOINT);
	await dialog.getByLabel('Deployment name').fill('canary-deployment');
	if (auth === 'bearer') await dialog.getByLabel('Microsoft Entra ID token (Authorization: Bearer)').check();
	else await dialog.getByLabel('API key (api-key header)').check();
	await dialog.getByLabel(auth === 'bearer' ? 'Entra ID access token' : 'API key', { exact: true }).fill(CANARY);
	await dialog.getByLabel('Remember in this tab').setChecked(remember);
	await dialog.getByRole('button', { name: 'Save connection' }).click();
	await dialog.waitFor({ state: 'hidden' });
}

/** Everything a link carries, decoded: the URL itself, percent-decoded, and the base64url request. */
function decodedLink(url: string): string {
	const hash = new URL(url).hash.slice(1);
	const req = new URLSearchParams(hash).get('req') ?? '';
	return [url, decodeURIComponent(url), Buffer.from(req, 'base64url').toString('utf8')].join('\n');
}

async function shareLink(page: Page, example: Locator): Promise<string> {
	await pressOn(page, example.getByRole('button', { name: 'Share', exact: true }));
	const input = example.getByLabel('Link to this request');
	await expect.poll(() => input.inputValue()).toMatch(/#run=/);
	return input.inputValue();
}

/** A link to the guide carrying `hash`, opened in a fresh context; returns the page and the first example. */
async function openLink(hash: string): Promise<{ page: Page; example: Locator; errors: string[]; context: BrowserContext }> {
	const context = await ctx.browser.newContext();
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(new URL(`${SETUP_GUIDE}#${hash}`, ctx.site.url).href);
	const example = firstExample(page);
	await example.locator('.monaco-editor').waitFor();
	return { page, example, errors, context };
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('share links', () => {
	it('copies a link that opens the edited request in a fresh browser, with no key in it', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await page.goto(new URL(SETUP_GUIDE, ctx.site.url).href);
		const example = await openEditorWithKeyboard(page);
		await setConnection(page, 'api-key', true);
		await replaceRequestBody(page, example, { messages: [{ role: 'user', content: MARKER }] });

		const link = await shareLink(page, example);
		const status = example.locator('.runnable-share-status');
		expect(await status.textContent()).toBe('Link copied. It holds the request only (no key, endpoint or deployment).');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
		expect(new URL(link).pathname).toBe(SETUP_GUIDE);
		expect(new URL(link).search).toBe('');
		expect(decodedLink(link)).not.toContain(CANARY);
		expect(decodedLink(link)).not.toContain('share-canary');
		expect(decodedLink(link)).toContain(MARKER);
		expect(await axeViolations(page, '.runnable-example')).toEqual([]);

		// Fresh browser context: no storage, no connection; the example opens with the request.
		const opened = await openLink(new URL(link).hash.slice(1));
		await opened.example.locator('.view-lines', { hasText: MARKER }).waitFor();
		expect(await opened.example.locator('.runnable-share-notice').textContent()).toMatch(/^Opened the request from a shared link\./);
		// The fragment is dropped once read, so a reload keeps later edits instead.
		expect(new URL(opened.page.url()).hash).toBe('');
		const result = await runAndWait(opened.example);
		expect(result.state).toBe('ok');
		expect(await opened.example.locator('.runnable-answer-text').textContent()).toContain(MARKER);
		expect(scriptErrors(opened.errors)).toEqual([]);
		await opened.context.close();
		await context.close();
	});

	it('never puts a key or token in the link, whatever the connection; the endpoint only when ticked', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await page.goto(new URL(SETUP_GUIDE, ctx.site.url).href);
		const example = await openEditorWithKeyboard(page);
		await replaceRequestBody(page, example, { messages: [{ role: 'user', content: MARKER }] });
		const include = example.getByLabel('Include my endpoint and deployment');
		for (const auth of ['api-key', 'bearer'] as const) {
			for (const remember of [false, true]) {
				await setConnection(page, auth, remember);
				for (const ticked of [false, true]) {
					const link = await shareLink(page, example);
					if ((await include.isChecked()) !== ticked) {
						// Space on the focused checkbox, as with the keyboard.
						await pressOn(page, include, 'Space');
						await expect.poll(() => example.locator('.runnable-share-status').textContent()).toMatch(/^Link updated/);
					}
					const current = await example.getByLabel('Link to this request').inputValue();
					const what = `${auth}, remember ${remember}, include ${ticked}`;
					expect(decodedLink(link), what).not.toContain(CANARY);
					expect(decodedLink(current), what).not.toContain(CANARY);
					expect(decodedLink(current).includes('share-canary.openai.azure.com'), what).toBe(ticked);
				}
				await pressOn(page, include, 'Space');
			}
		}
		// The key pasted into the request itself: no link at all.
		await replaceRequestBody(page, example, { messages: [{ role: 'user', content: `my key: ${CANARY}` }] });
		await pressOn(page, example.getByRole('button', { name: 'Share', exact: true }));
		await expect
			.poll(() => example.locator('.runnable-share-status').textContent())
			.toBe('The request contains your key or token, so it was not put in a link. Remove it from the request and press Share again.');
		expect(await example.getByLabel('Link to this request').inputValue()).toBe('');
		expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain(CANARY);
		await context.close();
	});

	it("adds a shared endpoint to the reader's connections without a key", async () => {
		const hash = `run=${'example-1'}&op=chat%2Fcompletions&req=${b64('{"messages":[{"role":"user","content":"With a target"}]}')}&endpoint=${encodeURIComponent(ENDPOINT)}&deployment=shared-dep&api-version=v1`;
		const id = await ctx.open(SETUP_GUIDE).then(async ({ page }) => {
			const value = await firstExample(page).getAttribute('data-example-id');
			await page.close();
			return value ?? 'example-1';
		});
		const opened = await openLink(hash.replace('example-1', id));
		await opened.example.locator('.view-lines', { hasText: 'With a target' }).waitFor();
		expect(await opened.example.locator('.runnable-share-notice').textContent()).toContain('added to your connections as "Shared link: share-canary.openai.azure.com · shared-dep" without a key');
		// Still runs on the mock until the reader chooses the shared connection and enters a key.
		expect(await opened.example.locator('.runnable-connection-button').textContent()).toBe(`Connection: Mock deployment (${MOCK_CHAT_DEPLOYMENT})`);
		await opened.context.close();
	});

	const BAD: { name: string; hash: (id: string) => string; message: RegExp }[] = [
		{
			name: 'not valid JSON',
			hash: (id) => `run=${id}&op=chat%2Fcompletions&req=${b64('{"messages": [ oops')}`,
			message: /could not be opened: it is not a valid JSON object\. The original sample is shown instead\.$/,
		},
		{
			name: 'too large',
			hash: (id) => `run=${id}&op=chat%2Fcompletions&req=${b64(JSON.stringify({ messages: [{ role: 'user', content: 'x'.repeat(MAX_SHARED_REQUEST_BYTES) }] }))}`,
			message: /could not be opened: it is larger than the 12 KB a link may carry\. The original sample is shown instead\.$/,
		},
		{
			name: 'for another operation',
			hash: (id) => `run=${id}&op=embeddings&req=${b64('{"input":"hello"}')}`,
			message: /could not be opened: it was made for the embeddings operation, and this example sends chat\/completions requests\. The original sample is shown instead\.$/,
		},
		{ name: 'damaged', hash: (id) => `run=${id}&op=chat%2Fcompletions&req=%%%`, message: /could not be opened: the link is damaged/ },
	];
	for (const bad of BAD) {
		it(`opens a link whose request is ${bad.name} with a plain message and the original sample`, async () => {
			const { page: probe } = await ctx.open(SETUP_GUIDE);
			const id = (await firstExample(probe).getAttribute('data-example-id')) ?? 'example-1';
			const original = JSON.parse((await firstExample(probe).locator('[data-code]').first().getAttribute('data-code'))!.replace(/\u007f/g, '\n')) as { messages: { content: string }[] };
			await probe.close();
			const opened = await openLink(bad.hash(id));
			const notice = opened.example.locator('.runnable-share-notice');
			await notice.waitFor();
			expect(await notice.textContent()).toMatch(bad.message);
			expect(await notice.getAttribute('role')).toBe('status');
			await opened.example.locator('.view-lines', { hasText: original.messages[0].content.slice(0, 30) }).waitFor();
			expect(await opened.example.getByRole('button', { name: 'Run', exact: true }).isEnabled()).toBe(true);
			expect(scriptErrors(opened.errors)).toEqual([]);
			await opened.context.close();
		});
	}
});
