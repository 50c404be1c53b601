/**
 * Failures explain themselves: each mock error deployment, an unsupported api-version and a
 * timed-out endpoint produce a plain explanation whose link leads to the matching entry of the
 * setup guide's Troubleshooting section. Connection fields are checked in the browser, with the
 * message at the field.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TROUBLESHOOTING_ANCHORS } from '../../src/lib/runnable/troubleshooting.ts';
import { useSite } from './support/fixtures.ts';
import { openEditorWithKeyboard, relaxProxyLimits, runAndWait, SETUP_GUIDE, useMockDeployment } from './runnable-helpers.ts';

// A short first-byte limit so the stalled deployment turns into a timeout within the test.
relaxProxyLimits({ PROXY_FIRST_BYTE_TIMEOUT_MS: '1500' });
const ctx = useSite();

const CASES: { deployment: string; apiVersion?: string; anchor: string; status: RegExp }[] = [
	{ deployment: 'error-401', anchor: TROUBLESHOOTING_ANCHORS.unauthorized, status: /^401/ },
	{ deployment: 'error-403', anchor: TROUBLESHOOTING_ANCHORS.accessDenied, status: /^403/ },
	{ deployment: 'missing-deployment', anchor: TROUBLESHOOTING_ANCHORS.deploymentNotFound, status: /^404/ },
	{ deployment: 'error-429', anchor: TROUBLESHOOTING_ANCHORS.tooManyRequests, status: /^429/ },
	{ deployment: 'error-503', anchor: TROUBLESHOOTING_ANCHORS.serviceUnavailable, status: /^503/ },
	{ deployment: 'gpt-5-mini', apiVersion: '2019-01-01', anchor: TROUBLESHOOTING_ANCHORS.unsupportedApiVersion, status: /^400/ },
	{ deployment: 'fault-stall', anchor: TROUBLESHOOTING_ANCHORS.endpointUnreachable, status: /^504/ },
];

async function connectionDialog(page: Page) {
	await page.locator('header').getByRole('button', { name: 'Connection for runnable examples' }).click();
	return page.getByRole('dialog', { name: 'Connection for runnable examples' });
}

describe('failures in runnable examples', () => {
	for (const { deployment, apiVersion, anchor, status } of CASES) {
		it(`explains ${deployment}${apiVersion ? ` with api-version ${apiVersion}` : ''} and links to #${anchor}`, async () => {
			const { page } = await ctx.open(SETUP_GUIDE);
			const example = await openEditorWithKeyboard(page);
			await useMockDeployment(page, deployment, apiVersion);
			const result = await runAndWait(example);
			expect(result.state).toBe('error');
			expect(result.text).toMatch(status);
			const failure = example.locator('.runnable-failure');
			expect((await failure.locator('.runnable-failure-title').textContent())!.length).toBeGreaterThan(5);
			if (deployment === 'error-429') {
				// The Retry-After seconds the mock sent are part of the explanation.
				const sent = Number(
					await example
						.locator('.runnable-headers-list > div', { has: page.locator('dt', { hasText: /^retry-after$/ }) })
						.locator('dd')
						.textContent(),
				);
				expect(sent).toBeGreaterThan(0);
				expect(await failure.innerText()).toContain(`${sent} second`);
			}
			const link = failure.getByRole('link', { name: /Troubleshooting/ });
			expect(await link.getAttribute('href')).toBe(`${SETUP_GUIDE}#${anchor}`);
			await link.click();
			await page.waitForURL((url) => url.hash === `#${anchor}`);
			const heading = page.locator(`[id="${anchor}"]`);
			expect(await heading.count()).toBe(1);
			expect(await heading.evaluate((el) => /^H[2-4]$/.test(el.tagName))).toBe(true);
			await page.close();
		});
	}

	it('checks connection fields in the browser and shows each message at its field', async () => {
		const { page } = await ctx.open(SETUP_GUIDE);
		const dialog = await connectionDialog(page);
		expect(await dialog.locator('.runnable-mode-note').textContent()).toContain('Using the built-in mock deployment — enter your own connection to call Azure');
		await dialog.getByLabel('Endpoint').fill('http://my-resource.openai.azure.com');
		await dialog.getByLabel('Deployment name').fill('my deployment');
		await dialog.getByLabel('api-version', { exact: true }).selectOption('__other__');
		await dialog.getByLabel('Other api-version').fill('banana');
		await dialog.getByRole('button', { name: 'Save connection' }).click();

		for (const [label, message] of [
			['Endpoint', /must use https:\/\//],
			['Deployment name', /contains spaces/],
			['API key', /Enter one of your resource's keys/],
			['Other api-version', /"banana" is not an api-version/],
		] as const) {
			const input = dialog.getByLabel(label, { exact: true });
			expect(await input.getAttribute('aria-invalid')).toBe('true');
			const describedBy = (await input.getAttribute('aria-describedby'))!.split(' ');
			const texts = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
			expect(texts.join(' ')).toMatch(message);
		}
		// Focus goes to the first field to fix; the dialog stays open.
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('endpoint');
		expect(await dialog.isVisible()).toBe(true);

		// Fixing a field clears its message as the reader types.
		await dialog.getByLabel('Endpoint').fill('https://my-resource.openai.azure.com');
		expect(await dialog.getByLabel('Endpoint').getAttribute('aria-invalid')).toBeNull();
		// Escape closes the dialog and focus returns to the header button.
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden' });
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Connection for runnable examples');
		await page.close();
	});
});
