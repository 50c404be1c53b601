/**
 * The setup guide's samples run unchanged on the default mock deployment (today's reasoning model),
 * and a reader who adds "max_tokens": 100 meets the 400 Azure sends for it, explained, with a link
 * to the Troubleshooting entry; the request as they edited it stays in the editor.
 */
import { describe, expect, it } from 'vitest';
import { TROUBLESHOOTING_ANCHORS } from '../../src/lib/runnable/troubleshooting.ts';
import { useSite } from './support/fixtures.ts';
import { openEditorWithKeyboard, relaxProxyLimits, replaceRequestBody, runAndWait, SETUP_GUIDE } from './runnable-helpers.ts';

relaxProxyLimits();
const ctx = useSite();

describe('a reasoning-model parameter on the default mock deployment', () => {
	it('explains the max_tokens 400, links to its Troubleshooting entry and keeps the edited request', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		expect(await example.getByRole('button', { name: /^Connection:/ }).textContent()).toBe('Connection: Mock deployment (gpt-5-mini)');

		// The sample as the guide writes it runs on the default deployment.
		const unchanged = await runAndWait(example);
		expect(unchanged.state).toBe('ok');

		const original = JSON.parse((await example.locator('[data-code]').first().getAttribute('data-code'))!.replace(/\u007f/g, '\n')) as Record<string, unknown>;
		expect(original).not.toHaveProperty('max_tokens');
		await replaceRequestBody(page, example, { ...original, max_tokens: 100 });
		const result = await runAndWait(example);
		expect(result.state).toBe('error');
		expect(result.text).toMatch(/^400/);

		const failure = example.locator('.runnable-failure');
		expect(await failure.locator('.runnable-failure-title').textContent()).toBe('400 Unsupported parameter on a reasoning model: "max_tokens"');
		const text = await failure.innerText();
		expect(text).toContain("Azure said: “Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.”");
		expect(text).toContain('Replace "max_tokens" with "max_completion_tokens" in the request body and run again.');

		// The edited request is still there, to fix in place.
		await example.locator('.view-lines', { hasText: '"max_tokens":100' }).waitFor();

		const link = failure.getByRole('link', { name: /Troubleshooting/ });
		expect(await link.getAttribute('href')).toBe(`${SETUP_GUIDE}#${TROUBLESHOOTING_ANCHORS.unsupportedParameter}`);
		await link.click();
		await page.waitForURL((url) => url.hash === '#unsupported-parameter-on-a-reasoning-model');
		expect(await page.locator('[id="unsupported-parameter-on-a-reasoning-model"]').textContent()).toBe('Unsupported parameter on a reasoning model');
		// Following the link keeps the edit (same page, same editor).
		await example.locator('.view-lines', { hasText: '"max_tokens":100' }).waitFor();
		await page.close();
	});
});
