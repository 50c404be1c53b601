/**
 * Issue 10 finding 1: a reader who leaves mid-download must not cost the server a file
 * descriptor. The server runs as `npm start` runs it (server/start.ts, its own process), and the
 * test counts that process's open descriptors in /proc/<pid>/fd before and after 50 downloads of
 * a 3.5 MB file dropped after 1 KB over raw sockets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { abortedDownload, targetOf } from '../../support/raw-http.ts';
import { spawnServer, type SpawnedServer } from '../../support/spawn-server.ts';

const dist = join(process.cwd(), '.builds', 'static-descriptors-test');
let server: SpawnedServer;

async function settle(read: () => number, target: number, ms = 3000): Promise<number> {
	const until = Date.now() + ms;
	let value = read();
	while (value > target && Date.now() < until) {
		await new Promise((done) => setTimeout(done, 50));
		value = read();
	}
	return value;
}

beforeAll(async () => {
	rmSync(dist, { recursive: true, force: true });
	mkdirSync(join(dist, 'client', '_astro'), { recursive: true });
	mkdirSync(join(dist, 'server'), { recursive: true });
	writeFileSync(join(dist, 'client', 'chunk.bin'), randomBytes(3.5 * 1024 * 1024));
	// Random base64 compresses only to about 75 %, so the brotli copy is large too.
	const script = `// ${randomBytes(2.7 * 1024 * 1024).toString('base64')}\n`;
	writeFileSync(join(dist, 'client', '_astro', 'big.js'), script);
	// The copy the build's precompress step would write (at a fast quality: only its size matters here).
	writeFileSync(join(dist, 'client', '_astro', 'big.js.br'), brotliCompressSync(script, { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } }));
	writeFileSync(join(dist, 'client', 'index.html'), '<!doctype html><title>Home</title>');
	writeFileSync(join(dist, 'server', 'entry.mjs'), 'export const handler = async (req, res) => { res.statusCode = 404; res.end(); };');
	server = await spawnServer({ SITE_DIST: dist, HOST: '127.0.0.1', PORT: '0', MOCK_AZURE_OPENAI_URL: 'http://127.0.0.1:9' }, { timeoutMs: 50_000 });
}, 60_000);

afterAll(async () => {
	await server?.stop();
	rmSync(dist, { recursive: true, force: true });
});

describe('static files and readers who leave', () => {
	it('closes the file of every download dropped after 1 KB (50 times, plain and brotli)', { timeout: 60_000 }, async () => {
		const target = targetOf(server.url);
		// One complete download first, so lazily opened descriptors (libuv, the thread pool) exist already.
		await abortedDownload(target, '/index.html', Number.MAX_SAFE_INTEGER);
		const before = server.openDescriptors();
		for (let round = 0; round < 25; round++) {
			await Promise.all([abortedDownload(target, '/chunk.bin', 1024), abortedDownload(target, '/_astro/big.js', 1024, ['Accept-Encoding: br'])]);
		}
		const after = await settle(() => server.openDescriptors(), before);
		expect(after, `open descriptors before ${before}, after ${after}`).toBeLessThanOrEqual(before);
	});
});
