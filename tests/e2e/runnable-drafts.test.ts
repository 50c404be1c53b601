/**
 * Issue 10 finding 9: drafts are kept under the example's id (`data-example-id`), not its
 * position. The reader edits the second example; then the page comes back with a new example
 * inserted above the first (as after a docs update), and the draft must reopen in the example
 * it was written in, not in whichever example now sits second.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixtures.ts';
import { replaceRequestBody, SETUP_GUIDE } from './runnable-helpers.ts';

const ctx = useSite();

const INSERTED = '<div class="runnable-example" data-operation="chat/completions" data-title="Inserted above"><pre><code>{"messages": [{"role": "user", "content": "new"}]}</code></pre></div>';

describe('drafts follow their example', () => {
	it('keeps a draft on its example when another example is inserted above', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const examples = page.locator('.runnable-example');
		const titles = await examples.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.title));
		expect(titles.length).toBeGreaterThanOrEqual(2);
		const ids = await examples.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.exampleId));
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids[1]).toBe('summarize-an-expense-note-nodejs-sample');

		const second = examples.nth(1);
		await second.getByRole('button', { name: /Edit & run/ }).click();
		await second.locator('.monaco-editor').waitFor();
		await replaceRequestBody(page, second, { messages: [{ role: 'user', content: 'DRAFT-OF-THE-SECOND' }] });
		await page.waitForFunction(() => Object.keys(sessionStorage).some((key) => key.startsWith('runnable:draft:')));

		// The same page, now with one more example above the others.
		await page.route(`**${SETUP_GUIDE}`, async (route) => {
			const original = await route.fetch();
			const html = (await original.text()).replace('<div class="runnable-example"', `${INSERTED}<div class="runnable-example"`);
			await route.fulfill({ response: original, body: html, headers: { ...original.headers(), 'content-length': String(Buffer.byteLength(html)) } });
		});
		await page.reload();
		const reopened = page.locator('.runnable-example[data-state="open"]');
		await reopened.locator('.monaco-editor').waitFor();
		expect(await page.locator('.runnable-example').count()).toBe(titles.length + 1);
		expect(await reopened.count()).toBe(1);
		expect(await reopened.getAttribute('data-title')).toBe(titles[1]);
		expect(await reopened.locator('.runnable-restored').isVisible()).toBe(true);
		await expect.poll(() => reopened.locator('.monaco-editor .view-lines').innerText()).toContain('DRAFT-OF-THE-SECOND');
		// The inserted example, now second-to-last in line for the old index-based key, has no draft.
		expect(await page.locator('.runnable-example[data-title="Inserted above"]').getAttribute('data-state')).toBe('ready');
		await page.close();
	});
});
