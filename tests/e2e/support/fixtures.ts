/**
 * One browser and one running site per test file, with a fresh page per test and a record of
 * the page's console errors (a page that logs errors is broken even if it looks right).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../support/browser.ts';
import { startBuiltSite, type RunningSite } from '../../../support/built-site.ts';

type SiteOptions = Parameters<typeof startBuiltSite>[0];

export interface E2EContext {
	site: RunningSite;
	browser: Browser;
	/** Opens a new page at a path of the site; `errors` collects console errors and page errors. */
	open(path: string): Promise<{ page: Page; errors: string[] }>;
}

export function useSite(options?: SiteOptions): E2EContext {
	const context = {} as E2EContext;
	beforeAll(async () => {
		context.site = await startBuiltSite(options);
		context.browser = await launchChromium();
		context.open = async (path: string) => {
			const page = await context.browser.newPage();
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(new URL(path, context.site.url).href);
			return { page, errors };
		};
	});
	afterAll(async () => {
		await context.browser?.close();
		await context.site?.close();
	});
	return context;
}
