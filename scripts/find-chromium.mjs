// Where the browser tests find Chromium, and what to say when it is missing. Plain JavaScript so
// that `npm test` can check it first, before minutes of type-checking and building.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function chromiumCandidates(env = process.env) {
	return [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
}

/** The first Chromium found, or undefined. */
export function findChromium(env = process.env) {
	return chromiumCandidates(env).find((path) => existsSync(path));
}

export function missingChromiumMessage(env = process.env) {
	return (
		`No Chromium found (looked at ${chromiumCandidates(env).join(', ')}). The end-to-end tests drive a real browser: ` +
		"install Debian's package once with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary. " +
		'Nothing here downloads a browser.'
	);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && !findChromium()) {
	console.error(missingChromiumMessage());
	process.exit(1);
}
