/**
 * Headless Chromium for end-to-end tests: Debian's /usr/bin/chromium (or CHROMIUM_PATH), driven
 * by playwright-core. No browser is ever downloaded; a missing one is an error with the fix.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export function chromiumPath(): string {
	const found = CANDIDATES.find((path) => existsSync(path));
	if (!found) {
		throw new Error(
			`No Chromium found (looked at ${CANDIDATES.join(', ')}). End-to-end tests drive a real browser: ` +
				'install Debian\'s package with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
		);
	}
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
