/**
 * Answers are text, never markup: the mock's `fault-html` deployment answers with
 * `<img src=x onerror=alert(1)><script>alert(1)</script>`. The page must show those characters
 * literally, create no element from them and run no script, streamed or not.
 */
import { describe, expect, it } from 'vitest';
import { HTML_FAULT_CONTENT } from '../../mock/deployments.ts';
import { useSite } from './support/fixtures.ts';
import { openEditorWithKeyboard, relaxProxyLimits, replaceRequestBody, runAndWait, SAMPLE_MESSAGES, SETUP_GUIDE, useMockDeployment } from './runnable-helpers.ts';

relaxProxyLimits();
const ctx = useSite();

describe('answers containing HTML', () => {
	for (const stream of [false, true]) {
		it(`shows fault-html's markup as text and runs nothing (${stream ? 'streamed' : 'JSON'} answer)`, async () => {
			const { page } = await ctx.open(SETUP_GUIDE);
			const dialogs: string[] = [];
			page.on('dialog', async (dialog) => {
				dialogs.push(dialog.message());
				await dialog.dismiss();
			});
			const example = await openEditorWithKeyboard(page);
			await useMockDeployment(page, 'fault-html');
			await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES, stream });
			// Count elements created anywhere in the document from now on.
			await page.evaluate(() => {
				const created: string[] = ((window as unknown as { created: string[] }).created = []);
				new MutationObserver((records) => {
					for (const record of records) for (const node of record.addedNodes) if (node instanceof Element && /^(IMG|SCRIPT)$/.test(node.tagName)) created.push(node.outerHTML);
				}).observe(document, { childList: true, subtree: true });
			});
			const result = await runAndWait(example);
			expect(result.state).toBe('ok');
			const answer = example.locator('.runnable-answer-text');
			expect(await answer.textContent()).toBe(HTML_FAULT_CONTENT);
			expect(await answer.evaluate((el) => el.children.length)).toBe(0);
			expect(await answer.locator('img, script').count()).toBe(0);
			expect(await page.evaluate(() => (window as unknown as { created: string[] }).created)).toEqual([]);
			expect(dialogs).toEqual([]);
			await page.close();
		});
	}
});
