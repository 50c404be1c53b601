/**
 * The runnable examples of the setup guide in real Chromium: Monaco loads only on request, opens
 * with the keyboard, edits run against the mock deployment, streams, stops, and edits survive a
 * reload in the same tab.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixtures.ts';
import {
	FIRST_CHAT_EXAMPLE,
	firstExample,
	openEditorWithKeyboard,
	relaxProxyLimits,
	replaceRequestBody,
	runAndWait,
	SAMPLE_MESSAGES,
	scriptErrors,
	SETUP_GUIDE,
	useMockDeployment,
} from './runnable-helpers.ts';

relaxProxyLimits();
const ctx = useSite();

const isMonaco = (url: string) => /\/_astro\/(setup|jsonMode|editor\.worker|json\.worker|codicon)[.-]/.test(url) || /monaco/i.test(url);

describe('runnable examples in the setup guide', () => {
	it('loads no Monaco code or CSS until "Edit & run", then the editor chunk and JSON worker but never the TypeScript worker', async () => {
		const page = await ctx.browser.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		// Worker scripts are fetched by the worker, not the page: record them as they start.
		page.on('worker', (worker) => requests.push(worker.url()));
		await page.goto(new URL(SETUP_GUIDE, ctx.site.url).href, { waitUntil: 'networkidle' });
		expect(await page.locator('.runnable-example').count()).toBeGreaterThan(0);
		expect(requests.filter(isMonaco)).toEqual([]);
		expect(await page.locator('style[data-source="monaco-editor"], link[href*="monaco"]').count()).toBe(0);

		await firstExample(page)
			.getByRole('button', { name: /Edit & run/ })
			.click();
		await firstExample(page).locator('.monaco-editor').waitFor();
		await page.waitForLoadState('networkidle');
		await expect.poll(() => requests.some((url) => /json\.worker/.test(url))).toBe(true);
		const loaded = requests.filter(isMonaco);
		expect(loaded.some((url) => /\/_astro\/setup\.[^/]+\.js$/.test(url))).toBe(true);
		expect(loaded.some((url) => /json\.worker/.test(url))).toBe(true);
		expect(requests.some((url) => /ts\.worker|typescript|tsMode/i.test(url))).toBe(false);
		// Monaco's styles arrive with the chunk, as one injected <style>, not as a linked stylesheet.
		expect(await page.locator('style[data-source="monaco-editor"]').count()).toBe(1);
		await page.close();
	});

	it('opens with the keyboard, puts focus in the editor, offers schema completion, and runs the edited request', async () => {
		const { page, errors } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);
		await expect.poll(() => page.evaluate(() => performance.getEntriesByName('runnable:editor-ready').length)).toBe(1);

		// Schema-aware completion: a new property slot offers the request's fields.
		await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES });
		// The body is one line: put the cursor before the closing brace and start a new property.
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.insertText(', ');
		await page.keyboard.press('Control+Space');
		const suggestions = page.locator('.suggest-widget .monaco-list-row');
		await suggestions.first().waitFor();
		const labels = await suggestions.allTextContents();
		expect(labels.join(' ')).toMatch(/temperature|max_tokens|stream/);
		await page.keyboard.press('Escape');

		// Validation: a value of the wrong type is marked by the schema.
		await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES, temperature: 'hot' });
		await example.locator('.squiggly-error, .squiggly-warning').first().waitFor();

		await replaceRequestBody(page, example, { messages: [...SAMPLE_MESSAGES.slice(0, 1), { role: 'user', content: 'Edited in the e2e test: list two regions.' }], max_completion_tokens: 50 });
		const result = await runAndWait(example);
		expect(result.state).toBe('ok');
		expect(result.text).toMatch(/^200 OK/);
		const answer = await example.locator('.runnable-answer-text').textContent();
		expect(answer).toContain('Edited in the e2e test');
		const figures = await example.locator('.runnable-figures').innerText();
		expect(figures).toMatch(/Total time/);
		expect(figures).toMatch(/Tokens[\s\S]*total/);
		await example.locator('.runnable-headers summary').click();
		expect(await example.locator('.runnable-headers-list').innerText()).toMatch(/apim-request-id[\s\S]*x-ms-region/);
		expect(await example.locator('.runnable-response').getAttribute('aria-live')).toBe('polite');
		expect(scriptErrors(errors)).toEqual([]);
		await page.close();
	});

	it('explains a schema problem in a hover drawn above the whole page, with a copy button, and draws completion icons once the icon font is in', async () => {
		// The hover's problem part and the suggest widget run next to modules the build replaces
		// (build/vite-monaco-without-unused-modules.ts: code actions, inlay hints, quick input);
		// the icon font's @font-face goes in only after the first render (monaco/setup.ts).
		const { page, errors } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES, temperature: 'hot' });
		const squiggle = example.locator('.squiggly-error, .squiggly-warning').first();
		await squiggle.waitFor({ state: 'attached' });
		// The squiggle is drawn in an overlay under the text: point at the text above it.
		const box = (await squiggle.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /Incorrect type/ });
		await hover.waitFor();
		const problem = hover.locator('.hover-row-with-copy').filter({ hasText: /Incorrect type/ });
		await expect.poll(() => problem.locator('.hover-copy-button').count()).toBe(1);
		// Drawn above everything else (Starlight's header, the "On this page" column): every point of it is the hover's.
		// Polled: Monaco places the hover again in the frames after it first shows it.
		const coveredPoints = () =>
			hover.evaluate((element) => {
				const box = element.getBoundingClientRect();
				const points = [0.02, 0.25, 0.5, 0.75, 0.98].flatMap((x) => [0.05, 0.5, 0.95].map((y) => [box.left + x * box.width, box.top + y * box.height]));
				return points.filter(([x, y]) => !element.contains(document.elementFromPoint(x!, y!))).map(([x, y]) => `${Math.round(x!)},${Math.round(y!)}: ${document.elementFromPoint(x!, y!)?.className}`);
			});
		await expect.poll(coveredPoints, { timeout: 5_000 }).toEqual([]);
		await page.mouse.move(0, 0);

		await expect.poll(() => page.evaluate(() => [...document.fonts].some((font) => font.family.replace(/"/g, '') === 'codicon'))).toBe(true);
		await example.locator('.monaco-editor').click();
		await page.keyboard.press('Control+End');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.insertText(', ');
		await page.keyboard.press('Control+Space');
		const icon = page.locator('.suggest-widget .monaco-list-row .codicon').first();
		await icon.waitFor();
		expect(await icon.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/codicon/);
		await expect.poll(() => page.evaluate(() => document.fonts.check('16px codicon'))).toBe(true);
		expect(scriptErrors(errors)).toEqual([]);
		await page.close();
	});

	it('leaves the editor with Esc then Tab', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Run');
		expect(await example.locator('.runnable-hint').textContent()).toContain('Press Esc then Tab to leave the editor');
		await page.close();
	});

	it('streams the answer as chunks arrive, with time to first token and usage from the usage chunk', async () => {
		const { page, errors } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES, stream: true, stream_options: { include_usage: true } });
		// Record every length the answer passes through while it streams.
		await page.evaluate((selector) => {
			const target = document.querySelector(`${selector} .runnable-answer-text`)!;
			const seen: number[] = ((window as unknown as { lengths: number[] }).lengths = []);
			new MutationObserver(() => seen.push(target.textContent!.length)).observe(target, { childList: true, characterData: true, subtree: true });
		}, FIRST_CHAT_EXAMPLE);
		const result = await runAndWait(example);
		expect(result.state).toBe('ok');
		const lengths = await page.evaluate(() => (window as unknown as { lengths: number[] }).lengths);
		const distinct = new Set(lengths.filter((n) => n > 0));
		expect(distinct.size).toBeGreaterThan(2);
		const figures = await example.locator('.runnable-figures').innerText();
		expect(figures).toMatch(/Time to first token/);
		expect(figures).toMatch(/\d+ prompt · \d+ completion · \d+ total/);
		expect((await example.locator('.runnable-answer-text').textContent())!.length).toBe(Math.max(...distinct));
		expect(scriptErrors(errors)).toEqual([]);
		await page.close();
	});

	it('stops a stream mid-way and keeps the partial answer, marked as stopped', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		await useMockDeployment(page, 'fault-stall-midstream');
		await replaceRequestBody(page, example, { messages: SAMPLE_MESSAGES, stream: true });
		await example.locator('.runnable-button', { hasText: /^Run$/ }).click();
		await example.locator('.runnable-answer-text').filter({ hasText: /\S/ }).waitFor();
		const partial = await example.locator('.runnable-answer-text').textContent();
		await example.getByRole('button', { name: 'Stop' }).click();
		await example.locator('.runnable-status[data-state="stopped"]').waitFor();
		expect(await example.locator('.runnable-status').textContent()).toMatch(/Stopped after .* partial answer is kept/);
		expect(await example.locator('.runnable-answer-text').textContent()).toBe(partial);
		expect(await example.locator('.runnable-answer-note').textContent()).toMatch(/Stopped: partial answer/);
		expect(await example.getByRole('button', { name: 'Run', exact: true }).isEnabled()).toBe(true);
		await page.close();
	});

	it('restores the edited request after a reload in the same tab, with a working Reset', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		const original = await example.locator('[data-code]').first().getAttribute('data-code');
		await replaceRequestBody(page, example, { messages: [{ role: 'user', content: 'Remember-me-after-reload' }] });
		await page.reload();
		const restored = firstExample(page).locator('.runnable-restored');
		await restored.waitFor();
		expect(await restored.textContent()).toContain('Restored your edited request');
		await firstExample(page).locator('.view-lines', { hasText: 'Remember-me-after-reload' }).waitFor();
		// The restored editor did not steal focus on load.
		expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

		await restored.getByRole('button', { name: 'Reset to the original' }).click();
		const firstContent = (JSON.parse(original!.replace(/\u007f/g, '\n')) as { messages: { content: string }[] }).messages[0].content;
		await firstExample(page).locator('.view-lines', { hasText: firstContent }).waitFor();
		const drafts = await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('runnable:draft:')));
		expect(drafts).toEqual([]);
		await page.close();
	});
});
