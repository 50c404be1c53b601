/**
 * Issue 10 finding 6: when the proxy ends a stream with its final `event: error` (here its idle
 * timeout, against the mock's mid-stream stall), the reader sees that cause, not "could not be
 * reached… you may be offline", and keeps the partial answer; the run id is shown to quote.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixtures.ts';
import { openEditorWithKeyboard, relaxProxyLimits, runAndWait, scriptErrors, SETUP_GUIDE, useMockDeployment } from './runnable-helpers.ts';

// A short idle limit, so the stalled stream is cut off within the test.
relaxProxyLimits({ PROXY_IDLE_TIMEOUT_MS: '1500' });
const ctx = useSite();

describe('a stream the proxy ends with an error event', () => {
	it('shows the proxy’s reason, keeps the partial answer and shows the run id', async () => {
		const { page, errors } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		await useMockDeployment(page, 'fault-stall-midstream');
		const result = await runAndWait(example);
		expect(result.state).toBe('error');
		expect(result.text).toContain('The answer stopped before it finished');
		expect(result.text).toContain('Azure did not answer in time');

		const failure = await example.locator('.runnable-failure').innerText();
		expect(failure).toContain('The deployment stopped sending for 1.5 s in the middle of its answer');
		expect(failure).not.toMatch(/could not be reached|offline/i);

		// The text that arrived before the stall stays, marked as incomplete.
		const answer = example.locator('.runnable-answer');
		expect(await answer.isVisible()).toBe(true);
		expect((await answer.locator('.runnable-answer-text').innerText()).trim().length).toBeGreaterThan(0);
		expect(await answer.locator('.runnable-answer-note').innerText()).toContain('Incomplete');

		const runId = example.locator('.runnable-figures > div', { has: page.locator('dt', { hasText: /^Run id$/ }) }).locator('dd');
		expect(await runId.textContent()).toMatch(/^[0-9a-f-]{36}$/);
		expect(scriptErrors(errors)).toEqual([]);
		await page.close();
	});
});
