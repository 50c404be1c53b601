/**
 * Shared steps for the runnable-example end-to-end tests: open the setup guide, open an example's
 * editor with the keyboard, replace the request body, pick a mock deployment, run and wait.
 */
import type { Locator, Page } from 'playwright-core';

export const SETUP_GUIDE = '/providers/azure-openai/setup/';

/** Lets a test file run many requests: the proxy's per-client rate limit is for the public site. */
export function relaxProxyLimits(extra: Record<string, string> = {}): void {
	process.env.PROXY_RATE_LIMIT_BURST = '1000';
	process.env.PROXY_RATE_LIMIT_PER_MINUTE = '6000';
	Object.assign(process.env, extra);
}

/**
 * The setup guide's first chat-completions example. The guide leads with Responses API examples for
 * new code; the tests that send chat bodies work on the first chat one.
 */
export const FIRST_CHAT_EXAMPLE = '.runnable-example[data-operation="chat/completions"]';

export function firstExample(page: Page): Locator {
	return page.locator(FIRST_CHAT_EXAMPLE).first();
}

/** Focuses "Edit & run" of the first example and presses Enter, then waits for the editor. */
export async function openEditorWithKeyboard(page: Page): Promise<Locator> {
	const example = firstExample(page);
	const button = example.getByRole('button', { name: /Edit & run/ });
	await button.focus();
	await page.keyboard.press('Enter');
	await example.locator('.monaco-editor').waitFor();
	await example.locator('.runnable-button', { hasText: /^Run$/ }).and(example.locator(':enabled')).waitFor();
	return example;
}

/**
 * Replaces the editor's whole text through the keyboard (select all, delete, insert). The JSON
 * goes in on one line: inserted line breaks would get Monaco's auto-indent on top of their own.
 */
export async function replaceRequestBody(page: Page, example: Locator, body: unknown): Promise<void> {
	// Monaco 0.57 takes keyboard input in an EditContext element (older builds: textarea.inputarea).
	await example.locator('.monaco-editor .native-edit-context, .monaco-editor textarea.inputarea').first().focus();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('Delete');
	await page.keyboard.insertText(JSON.stringify(body));
}

/** Opens the connection panel from the page header and picks a mock deployment ('' = default). */
export async function useMockDeployment(page: Page, name: string, apiVersion?: string): Promise<void> {
	await page.locator('header').getByRole('button', { name: 'Connection for runnable examples' }).click();
	const dialog = page.getByRole('dialog', { name: 'Connection for runnable examples' });
	await dialog.getByLabel('Mock deployment').selectOption(name);
	if (apiVersion !== undefined) {
		await dialog
			.getByLabel('api-version', { exact: true })
			.selectOption(apiVersion === 'v1' || (/^\d{4}-\d{2}-\d{2}(-preview)?$/.test(apiVersion) && (await dialog.locator(`option[value="${apiVersion}"]`).count()) > 0) ? apiVersion : '__other__');
		if ((await dialog.getByLabel('api-version', { exact: true }).inputValue()) === '__other__') await dialog.getByLabel('Other api-version').fill(apiVersion);
	}
	await dialog.getByRole('button', { name: 'Save connection' }).click();
	await dialog.waitFor({ state: 'hidden' });
}

/** Clicks Run and waits until the status line leaves the running state; returns the status text. */
export async function runAndWait(example: Locator, timeout = 20_000): Promise<{ state: string; text: string }> {
	await example.locator('.runnable-button', { hasText: /^Run$/ }).click();
	const status = example.locator('.runnable-status');
	await example.locator('.runnable-status:not([data-state="running"]):not([data-state="idle"])').waitFor({ timeout });
	return { state: (await status.getAttribute('data-state')) ?? '', text: (await status.textContent()) ?? '' };
}

export const SAMPLE_MESSAGES = [
	{ role: 'system', content: 'You answer in one sentence.' },
	{ role: 'user', content: 'Name three Azure regions.' },
];

/** Console errors except failed resource loads (reported separately; a missing favicon is not ours). */
export function scriptErrors(errors: string[]): string[] {
	return errors.filter((error) => !/^Failed to load resource/.test(error));
}

/** Moves keyboard focus to a control and presses a key on it (Enter by default), as a keyboard user would. */
export async function pressOn(page: Page, control: Locator, key = 'Enter'): Promise<void> {
	await control.focus();
	await page.keyboard.press(key);
}

/** Presses Tab until the focused element matches `selector` inside `scope` (at most `max` times); fails naming it. */
export async function tabTo(page: Page, scope: Locator, name: string | RegExp, max = 60): Promise<void> {
	for (let presses = 0; presses < max; presses++) {
		await page.keyboard.press('Tab');
		const label = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return el ? (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim() : '';
		});
		const inside = await scope.evaluate((root) => root.contains(document.activeElement));
		if (inside && (typeof name === 'string' ? label === name : name.test(label))) return;
	}
	throw new Error(`"${name}" was not reached with Tab within ${max} presses: it is missing from the tab order or comes too late.`);
}
