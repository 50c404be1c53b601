/**
 * axe-core (injected into the page in Chromium) finds no violation on the setup guide: as
 * loaded, after a run (the answer, its figures, "Copy as code" are on the page), and with the
 * connection dialog open.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/fixtures.ts';
import { openEditorWithKeyboard, relaxProxyLimits, runAndWait, SETUP_GUIDE } from './runnable-helpers.ts';

relaxProxyLimits();
const ctx = useSite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
	id: string;
	help: string;
	nodes: Array<{ target: string[]; failureSummary?: string; html: string }>;
}

async function violations(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol: the site's CSP (rightly) refuses an inline <script>.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const found = (await page.evaluate(async () => {
		const result = await (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }).axe.run(document);
		return result.violations;
	})) as Violation[];
	return found.map((violation) => `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(' ')} — ${node.failureSummary ?? ''}`).join('\n')}`);
}

describe('accessibility of the setup guide (axe-core)', () => {
	it('has no violation as loaded', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		await page.waitForLoadState('networkidle');
		expect(await violations(page)).toEqual([]);
		await page.close();
	});

	it('has no violation after a run', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const example = await openEditorWithKeyboard(page);
		const result = await runAndWait(example);
		expect(result.state).toBe('ok');
		await example.locator('.runnable-answer:not([hidden])').waitFor();
		expect(await violations(page)).toEqual([]);
		await page.close();
	});

	it('has no violation with the connection dialog open', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		await page.waitForSelector('header .runnable-header-button');
		await page.locator('header').getByRole('button', { name: 'Connection for runnable examples' }).click();
		await page.getByRole('dialog', { name: 'Connection for runnable examples' }).waitFor();
		expect(await violations(page)).toEqual([]);
		await page.close();
	});
});
