/**
 * A runnable example used with the keyboard alone, as a reader without a mouse would: Tab to
 * "Edit & run", edit, leave the editor, run, fix a connection field, stop a stream. Only
 * page.keyboard is used to act on the page (no clicks, no programmatic focus); the assertions
 * check where focus is after each step, since losing it to <body> sends the reader back to the
 * top of the page.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useSite } from './support/fixtures.ts';
import { firstExample, relaxProxyLimits, SAMPLE_MESSAGES, SETUP_GUIDE } from './runnable-helpers.ts';

relaxProxyLimits();
const ctx = useSite();

/** Enough for the header, the sidebar and the guide's text before the examples. */
const MAX_TABS = 200;

interface Focused {
	tag: string;
	/** aria-label, else the text: the accessible name of the buttons and fields used here. */
	name: string;
	inputName: string;
	inFirstExample: boolean;
	inEditor: boolean;
	inDialog: boolean;
	disabled: boolean;
	isBody: boolean;
}

function focused(page: Page): Promise<Focused> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		const isBody = !el || el === document.body;
		return {
			tag: el?.tagName.toLowerCase() ?? '',
			// <body>'s text would be the whole page: keep failure messages readable.
			name: isBody ? '<body>' : (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
			inputName: (el as HTMLInputElement | null)?.name ?? '',
			inFirstExample: !!el && el.closest('.runnable-example') === document.querySelector('.runnable-example'),
			inEditor: !!el?.closest('.monaco-editor'),
			inDialog: !!el?.closest('dialog[open]'),
			disabled: (el as HTMLButtonElement | null)?.disabled === true,
			isBody,
		};
	});
}

/** Presses Tab (or Shift+Tab) until `wanted` holds for the focused element, at most MAX_TABS times. */
async function tabUntil(page: Page, wanted: (f: Focused) => boolean, what: string, key = 'Tab'): Promise<Focused> {
	for (let presses = 0; presses < MAX_TABS; presses++) {
		await page.keyboard.press(key);
		const now = await focused(page);
		if (wanted(now)) return now;
	}
	throw new Error(`${what} was not reached within ${MAX_TABS} presses of ${key}: the control is missing from the tab order or comes too late.`);
}

/** From the top of the page: Tab to the first example's "Edit & run", Enter, wait for Monaco. */
async function openFirstExampleWithKeyboard(page: Page): Promise<Locator> {
	const example = firstExample(page);
	await page.locator('.runnable-example[data-state="ready"]').first().waitFor();
	await tabUntil(page, (f) => f.tag === 'button' && /^Edit & run/.test(f.name), '"Edit & run"');
	expect((await focused(page)).inFirstExample).toBe(true);
	await page.keyboard.press('Enter');
	await example.locator('.monaco-editor').waitFor();
	await example.locator('.runnable-button', { hasText: /^Run$/ }).and(example.locator(':enabled')).waitFor();
	await expect.poll(async () => (await focused(page)).inEditor).toBe(true);
	return example;
}

/** Replaces the body from inside the editor: select all, delete, insert the new JSON on one line. */
async function typeBody(page: Page, body: unknown): Promise<void> {
	expect((await focused(page)).inEditor).toBe(true);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('Delete');
	await page.keyboard.insertText(JSON.stringify(body));
}

/** Esc then Tab, the way out of the editor the on-page hint gives. */
async function leaveEditorToRun(page: Page): Promise<void> {
	await page.keyboard.press('Escape');
	await page.keyboard.press('Tab');
	const now = await focused(page);
	expect(now.name).toBe('Run');
	expect(now.inFirstExample).toBe(true);
}

const isRunControl = (f: Focused) => f.tag === 'button' && f.inFirstExample && (f.name === 'Run' || f.name === 'Stop');

/** Tabs from the example's controls to its "Connection: …" button, presses Enter, waits for the dialog. */
async function openConnectionFromExample(page: Page): Promise<Locator> {
	await tabUntil(page, (f) => f.tag === 'button' && f.inFirstExample && /^Connection/.test(f.name), "The example's connection button");
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Connection for runnable examples' });
	await dialog.waitFor();
	return dialog;
}

describe('runnable examples with the keyboard only', () => {
	it('opens, edits, runs against the mock and fixes a connection field without losing focus', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openFirstExampleWithKeyboard(page);

		const marker = 'Typed with the keyboard only: name two regions.';
		await typeBody(page, { messages: [SAMPLE_MESSAGES[0], { role: 'user', content: marker }], max_completion_tokens: 60 });
		await leaveEditorToRun(page);
		await page.keyboard.press('Enter');

		// The answer lands in the live region (no connection entered: the built-in mock answers).
		const region = example.locator('.runnable-response[aria-live="polite"]');
		await region.locator('.runnable-status[data-state="ok"]').waitFor({ timeout: 20_000 });
		expect(await region.locator('.runnable-status').textContent()).toMatch(/^200 OK/);
		expect(await region.locator('.runnable-answer-text').textContent()).toContain(marker);
		const afterRun = await focused(page);
		expect(afterRun.isBody).toBe(false);
		expect(isRunControl(afterRun)).toBe(true);
		expect(afterRun.disabled).toBe(false);

		// The connection dialog, from the example's own button.
		const dialog = await openConnectionFromExample(page);
		const opener = await focused(page);
		expect(opener.inDialog).toBe(true);
		expect(opener.inputName).toBe('endpoint');
		await page.keyboard.type('http://my-resource.openai.azure.com');
		await page.keyboard.press('Enter');

		const endpoint = dialog.getByLabel('Endpoint', { exact: true });
		await expect.poll(() => endpoint.getAttribute('aria-invalid')).toBe('true');
		const describedBy = (await endpoint.getAttribute('aria-describedby'))!.split(' ').filter(Boolean);
		const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
		expect(descriptions.join(' ')).toMatch(/must use https:\/\//);
		// The message element is shown, not only present.
		expect(await dialog.locator('.runnable-field-error', { hasText: /must use https:\/\// }).isVisible()).toBe(true);
		const onField = await focused(page);
		expect(onField.inputName).toBe('endpoint');
		expect(await dialog.isVisible()).toBe(true);

		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden' });
		const back = await focused(page);
		expect(back.inFirstExample).toBe(true);
		expect(back.name).toMatch(/^Connection: /);
		// The invalid endpoint was not saved: the example still uses the mock.
		expect(back.name).toMatch(/mock/i);
		await page.close();
	});

	it('stops a stream with Enter on Stop, keeps the partial answer and returns focus to Run', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openFirstExampleWithKeyboard(page);
		await typeBody(page, { messages: SAMPLE_MESSAGES, stream: true });
		await leaveEditorToRun(page);

		// Pick the mock deployment that goes silent mid-stream, with arrow keys in the select.
		const dialog = await openConnectionFromExample(page);
		await tabUntil(page, (f) => f.inDialog && f.inputName === 'mockDeployment', 'The mock deployment picker');
		const picker = dialog.getByLabel('Mock deployment', { exact: true });
		for (let presses = 0; presses < 50 && (await picker.inputValue()) !== 'fault-stall-midstream'; presses++) await page.keyboard.press('ArrowDown');
		expect(await picker.inputValue()).toBe('fault-stall-midstream');
		await tabUntil(page, (f) => f.inDialog && f.name === 'Save connection', '"Save connection"');
		await page.keyboard.press('Enter');
		await dialog.waitFor({ state: 'hidden' });
		expect((await focused(page)).name).toMatch(/^Connection: .*fault-stall-midstream/);

		await tabUntil(page, (f) => f.inFirstExample && f.name === 'Run', 'Run', 'Shift+Tab');
		await page.keyboard.press('Enter');
		// Starting the run handed focus from Run (now disabled) to Stop.
		const whileRunning = await focused(page);
		expect(whileRunning.name).toBe('Stop');
		expect(whileRunning.disabled).toBe(false);

		const answer = example.locator('.runnable-answer-text');
		await answer.filter({ hasText: /\S/ }).waitFor({ timeout: 20_000 });
		const partial = await answer.textContent();
		expect((await focused(page)).name).toBe('Stop');
		await page.keyboard.press('Enter');

		await example.locator('.runnable-status[data-state="stopped"]').waitFor();
		expect(await example.locator('.runnable-status').textContent()).toMatch(/partial answer is kept/);
		expect(await answer.textContent()).toBe(partial);
		expect(await example.locator('.runnable-answer-note').textContent()).toMatch(/Stopped: partial answer/);
		const afterStop = await focused(page);
		expect(afterStop.name).toBe('Run');
		expect(afterStop.inFirstExample).toBe(true);
		expect(afterStop.disabled).toBe(false);
		await page.close();
	});

	it('leaves focus in the editor when Ctrl+Enter runs the request from there', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openFirstExampleWithKeyboard(page);
		await typeBody(page, { messages: SAMPLE_MESSAGES, max_completion_tokens: 30 });
		await page.keyboard.press('ControlOrMeta+Enter');
		await example.locator('.runnable-status[data-state="ok"]').waitFor({ timeout: 20_000 });
		expect((await focused(page)).inEditor).toBe(true);
		await page.close();
	});
});
