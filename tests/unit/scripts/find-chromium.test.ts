import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium, missingChromiumMessage } from '../../../scripts/find-chromium.mjs';

describe('finding Chromium for the browser tests', () => {
	it('looks at CHROMIUM_PATH first, then Debian’s paths', () => {
		expect(chromiumCandidates({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toEqual(['/opt/chromium/chrome', '/usr/bin/chromium', '/usr/bin/chromium-browser']);
		expect(chromiumCandidates({})).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser']);
		// A CHROMIUM_PATH that exists wins over the system paths.
		expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
	});

	it('says where it looked and how to install it, without downloading anything', () => {
		const message = missingChromiumMessage({ CHROMIUM_PATH: '/nope' });
		expect(message).toContain('looked at /nope, /usr/bin/chromium, /usr/bin/chromium-browser');
		expect(message).toContain('sudo apt-get install -y chromium');
		expect(message).toContain('Nothing here downloads a browser.');
	});
});
