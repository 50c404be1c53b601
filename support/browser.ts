/**
 * Headless Chromium for end-to-end tests: Debian's /usr/bin/chromium (or CHROMIUM_PATH), driven
 * by playwright-core. No browser is ever downloaded; a missing one is an error with the fix.
 */
import { chromium, type Browser } from 'playwright-core';
import { findChromium, missingChromiumMessage } from '../scripts/find-chromium.mjs';

export function chromiumPath(): string {
	const found = findChromium();
	if (!found) throw new Error(missingChromiumMessage());
	return found;
}

export async function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		// The flags this machine needs: no sandbox as root, and no background calls to Google's
		// services, which the closed network refuses.
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}
