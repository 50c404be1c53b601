/**
 * Slow models: while a run waits the panel shows the elapsed time and says whether it is waiting
 * for the first event, the model is thinking (stream open, no tokens yet) or the answer streams.
 * The `slow-thinking` mock goes silent mid-stream like a reasoning model; with the proxy's DEFAULT
 * limits (nothing overridden here but the rate limit) the run completes. The silence is shortened
 * to 6 s to keep the test quick; tests/unit/proxy/slow-models.test.ts checks that the defaults
 * also outlast the mock's real 45 s silence, which the old 30 s idle limit cut off.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useSite } from './support/fixtures.ts';
import { openEditorWithKeyboard, pressOn, relaxProxyLimits, replaceRequestBody, SAMPLE_MESSAGES, SETUP_GUIDE, useMockDeployment } from './runnable-helpers.ts';

relaxProxyLimits();
for (const name of ['PROXY_FIRST_BYTE_TIMEOUT_MS', 'PROXY_IDLE_TIMEOUT_MS', 'PROXY_TOTAL_TIMEOUT_MS']) delete process.env[name];
const THINK_MS = 6000;
const ctx = useSite({ mock: { thinkMs: THINK_MS } });

const seconds = (text: string | null) => Number(/^([\d.]+) s$/.exec(text ?? '')?.[1] ?? NaN);

describe('slow models', () => {
	it('shows "thinking" with a running clock while the model is silent, then streams and completes', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		await useMockDeployment(page, 'slow-thinking');
		await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES, stream: true });
		await pressOn(page, example.getByRole('button', { name: 'Run', exact: true }));

		const progress = example.locator('.runnable-progress');
		await example.locator('.runnable-progress[data-phase="thinking"]').waitFor({ timeout: 10_000 });
		expect(await progress.locator('.runnable-progress-phase').textContent()).toBe('Model is thinking (no tokens yet)…');
		expect(await progress.locator('.runnable-progress-phase').getAttribute('aria-live')).toBe('polite');
		// Every phase change and the clock at each one, recorded in the page (timing-proof on a busy machine).
		await progress.evaluate((el) => {
			const seen: { phase: string; clock: string }[] = [{ phase: el.dataset.phase ?? '', clock: el.querySelector('.runnable-progress-clock')?.textContent ?? '' }];
			(window as unknown as { phases: typeof seen }).phases = seen;
			new MutationObserver(() => seen.push({ phase: el.dataset.phase ?? '', clock: el.querySelector('.runnable-progress-clock')?.textContent ?? '' })).observe(el, {
				attributes: true,
				attributeFilter: ['data-phase'],
			});
		});
		const clock = progress.locator('.runnable-progress-clock');
		const first = seconds(await clock.textContent());
		await expect.poll(async () => seconds(await clock.textContent())).toBeGreaterThan(first + 0.5);
		expect(await axeViolations(page, '.runnable-example')).toEqual([]);

		await example.locator('.runnable-progress[data-phase="streaming"], .runnable-progress[data-phase="done"]').waitFor({ timeout: 15_000 });
		await example.locator('.runnable-status[data-state="ok"]').waitFor({ timeout: 15_000 });
		expect(await progress.getAttribute('data-phase')).toBe('done');
		const phases = await page.evaluate(() => (window as unknown as { phases: { phase: string; clock: string }[] }).phases);
		expect(phases.map((p) => p.phase)).toEqual(['thinking', 'streaming', 'done']);
		// The model was silent (thinking) for THINK_MS while the clock ran on.
		expect(seconds(phases[1].clock)).toBeGreaterThanOrEqual((THINK_MS - 200) / 1000);
		expect(seconds(await clock.textContent())).toBeGreaterThanOrEqual(THINK_MS / 1000);
		expect(await example.locator('.runnable-answer-text').textContent()).toMatch(/\S/);
		// The silence is visible in the events: the annotation chunk, then nothing for THINK_MS.
		const times = await example.locator('details.runnable-events tbody tr td:nth-child(3)').allTextContents();
		const ms = times.map((t) => (t.endsWith(' s') ? Number(t.slice(1, -2)) * 1000 : Number(t.slice(1, -3))));
		expect(ms[1] - ms[0]).toBeGreaterThanOrEqual(THINK_MS - 100);
		await page.close();
	});

	it('says "waiting for the first event" before anything arrives, and "waiting for the answer" without streaming', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		await useMockDeployment(page, 'fault-stall');
		await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES, stream: true });
		await pressOn(page, example.getByRole('button', { name: 'Run', exact: true }));
		await example.locator('.runnable-progress[data-phase="waiting"]').waitFor();
		expect(await example.locator('.runnable-progress-phase').textContent()).toBe('Waiting for the first event…');
		await page.waitForTimeout(600);
		expect(await example.locator('.runnable-progress').getAttribute('data-phase')).toBe('waiting');
		// Focus moved from Run to Stop when the run started.
		await page.keyboard.press('Enter');
		await example.locator('.runnable-status[data-state="stopped"]').waitFor();

		await useMockDeployment(page, 'slow-thinking');
		await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES });
		await pressOn(page, example.getByRole('button', { name: 'Run', exact: true }));
		await example.locator('.runnable-progress[data-phase="waiting-json"]').waitFor({ timeout: 10_000 });
		expect(await example.locator('.runnable-progress-phase').textContent()).toBe('Waiting for the answer (not streamed: it arrives in one piece)…');
		await example.locator('.runnable-status[data-state="ok"]').waitFor({ timeout: 15_000 });
		await page.close();
	});
});
