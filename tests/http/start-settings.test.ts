/**
 * Issue 10 findings 7 and 8: `node server/start.ts` (what `npm start` runs after building) checks
 * every setting before it listens, and a busy port stops it with one plain sentence naming the
 * port and the setting that changes it, never a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { runServerToExit } from '../../support/spawn-server.ts';

const dist = join(process.cwd(), '.builds', 'start-settings-test');
let held: Server;
let busyPort: number;

beforeAll(async () => {
	rmSync(dist, { recursive: true, force: true });
	mkdirSync(join(dist, 'client'), { recursive: true });
	mkdirSync(join(dist, 'server'), { recursive: true });
	writeFileSync(join(dist, 'client', 'index.html'), '<!doctype html><title>Home</title>');
	writeFileSync(join(dist, 'server', 'entry.mjs'), 'export const handler = async (req, res) => { res.statusCode = 404; res.end(); };');
	held = createServer();
	await new Promise<void>((done) => held.listen(0, '127.0.0.1', done));
	busyPort = (held.address() as { port: number }).port;
});

afterAll(async () => {
	await new Promise((done) => held.close(done));
	rmSync(dist, { recursive: true, force: true });
});

const base = () => ({ SITE_DIST: dist, HOST: '127.0.0.1', PORT: '0', MOCK_HOST: '127.0.0.1', MOCK_PORT: '0' });

/** The whole of stderr is the one sentence: no stack trace, no "at " frames. */
function expectOneSentence(stderr: string, sentence: string) {
	expect(stderr.trim()).toBe(sentence);
}

describe('settings are checked at start (finding 7)', () => {
	it('a malformed PROXY_ limit stops the start, naming the variable, the expectation and the value', async () => {
		const result = await runServerToExit({ ...base(), PROXY_IDLE_TIMEOUT_MS: '10s' });
		expect(result.code).toBe(1);
		expectOneSentence(result.stderr, 'The setting PROXY_IDLE_TIMEOUT_MS must be a positive whole number of milliseconds (unset, it is 600000), but it is "10s".');
		expect(result.stdout).not.toContain('Site:');
	});

	it('names every bad variable at once: PORT, SITE_ORIGIN, PROXY_ALLOW_PRIVATE_RANGES', async () => {
		const result = await runServerToExit({ ...base(), PORT: '99999', SITE_ORIGIN: 'docs.example.com', PROXY_ALLOW_PRIVATE_RANGES: 'yes' });
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toEqual([
			'The setting PORT must be a port number from 0 to 65535, 0 picking a free one (unset, it is 4321), but it is "99999".',
			'The setting SITE_ORIGIN must be an http(s) origin such as https://docs.example.com, without a path, but it is "docs.example.com".',
			'The setting PROXY_ALLOW_PRIVATE_RANGES must be true or false (unset, it is false), but it is "yes".',
		]);
	});
});

describe('a busy port is one plain sentence (finding 8)', () => {
	it('the mock deployment’s port', async () => {
		const result = await runServerToExit({ ...base(), MOCK_PORT: String(busyPort) });
		expect(result.code).toBe(1);
		expectOneSentence(result.stderr, `Port ${busyPort} on 127.0.0.1 (the mock deployment) is already in use: stop the program using it, or choose another port with MOCK_PORT=${busyPort + 1}.`);
	});

	it('the site’s port', async () => {
		const result = await runServerToExit({ ...base(), PORT: String(busyPort) });
		expect(result.code).toBe(1);
		expectOneSentence(result.stderr, `Port ${busyPort} on 127.0.0.1 (the site) is already in use: stop the program using it, or choose another port with PORT=${busyPort + 1}.`);
	});
});
