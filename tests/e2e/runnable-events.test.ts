/**
 * The Events view of a streamed run: each server-sent event in the order it arrived, with its
 * name, the time since the request was sent and its data, copyable with the keyboard; the run
 * service's own final problem event is marked as such. axe-core finds nothing with it open.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useSite } from './support/fixtures.ts';
import { openEditorWithKeyboard, pressOn, relaxProxyLimits, replaceRequestBody, runAndWait, SAMPLE_MESSAGES, SETUP_GUIDE, tabTo, useMockDeployment } from './runnable-helpers.ts';

// A short idle limit so the stream that goes silent ends with the proxy's problem event quickly.
relaxProxyLimits({ PROXY_IDLE_TIMEOUT_MS: '1500' });
const ctx = useSite();

describe('the Events view', () => {
	it('lists the events of a streamed mock run in order, with times, and copies one with the keyboard', async () => {
		const context = await ctx.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(new URL(SETUP_GUIDE, ctx.site.url).href);
		const example = await openEditorWithKeyboard(page);
		await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES, stream: true, stream_options: { include_usage: true } });
		const result = await runAndWait(example);
		expect(result.state).toBe('ok');

		const events = example.locator('details.runnable-events');
		const summary = events.locator('summary');
		const rows = events.locator('tbody tr');
		const count = await rows.count();
		expect(await summary.textContent()).toBe(`Events (${count})`);
		await pressOn(page, summary);
		expect(await events.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);

		const table = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
		expect(table.map((cells) => cells[0])).toEqual(table.map((_, i) => String(i + 1)));
		expect(new Set(table.map((cells) => cells[1]))).toEqual(new Set(['message']));
		const times = table.map((cells) =>
			Number(
				/^\+(\d+(?:\.\d+)?) (ms|s)$/
					.exec(cells[2])!
					.slice(1)
					.reduce((n, unit) => String(unit === 's' ? Number(n) * 1000 : Number(n))),
			),
		);
		expect(times).toEqual([...times].sort((a, b) => a - b));
		const data = table.map((cells) => cells[3]);
		// Azure's order: prompt annotations first, then the role, the text, the usage chunk and [DONE].
		expect(JSON.parse(data[0])).toHaveProperty('prompt_filter_results');
		expect(JSON.parse(data[1]).choices[0].delta.role).toBe('assistant');
		expect(JSON.parse(data.at(-2)!).usage.total_tokens).toBeGreaterThan(0);
		expect(data.at(-1)).toBe('[DONE]');
		const streamedText = data
			.slice(0, -1)
			.map((d) => JSON.parse(d) as { choices: { delta?: { content?: string } }[] })
			.map((c) => c.choices[0]?.delta?.content ?? '')
			.join('');
		expect(streamedText).toBe(await example.locator('.runnable-answer-text').textContent());
		expect(await axeViolations(page, '.runnable-example')).toEqual([]);

		await tabTo(page, events, 'Copy the data of event 2 (message)');
		await page.keyboard.press('Enter');
		await expect.poll(() => events.getByRole('status').textContent()).toBe('Copied the data of event 2.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(data[1]);
		await pressOn(page, events.getByRole('button', { name: 'Copy all events' }));
		await expect.poll(() => events.getByRole('status').textContent()).toBe(`Copied ${count} events to the clipboard.`);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`event: message\ndata: ${data[0]}\n`);
		await context.close();
	});

	it("shows the run service's own final problem event as such", async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		await useMockDeployment(page, 'fault-stall-midstream');
		await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES, stream: true });
		await runAndWait(example, 30_000);
		const events = example.locator('details.runnable-events');
		await pressOn(page, events.locator('summary'));
		const last = events.locator('tbody tr').last();
		expect(await last.getAttribute('class')).toContain('runnable-event--problem');
		expect(await last.locator('td').nth(1).textContent()).toBe("error from this site's run service (not from Azure)");
		expect(await last.locator('.runnable-event-problem').textContent()).toMatch(/^The run service ended the stream: .*1\.5 s/);
		expect(await axeViolations(page, '.runnable-example')).toEqual([]);
		await page.close();
	});
});
