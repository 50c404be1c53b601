/**
 * The server behind `npm start`, over real HTTP: static pages, trailing-slash redirects,
 * compression, security headers, path traversal, and /api/ routed to Astro's handler.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { request } from 'node:http';
import { startSiteServer, type SiteServer } from '../../server/site-server.ts';
import { precompressFolder } from '../../src/integrations/precompress.ts';
import { rawRequest, targetOf } from '../../support/raw-http.ts';

const dist = join(process.cwd(), '.builds', 'site-server-test');
let server: SiteServer;

/** A raw request, so the path reaches the server exactly as written (fetch would normalise ../). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
	const url = new URL(server.url);
	return new Promise((resolve, reject) => {
		const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk) => chunks.push(chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		req.end();
	});
}

beforeAll(async () => {
	rmSync(dist, { recursive: true, force: true });
	mkdirSync(join(dist, 'client', 'guide'), { recursive: true });
	mkdirSync(join(dist, 'client', 'personas', 'admin'), { recursive: true });
	mkdirSync(join(dist, 'client', '_astro'), { recursive: true });
	writeFileSync(join(dist, 'client', 'personas', 'admin', 'index.html'), '<!doctype html><title>Admin</title>');
	writeFileSync(join(dist, 'client', '_astro', 'page.AbC123.js'), `export const words = ${JSON.stringify('words '.repeat(500))};`);
	mkdirSync(join(dist, 'server'), { recursive: true });
	writeFileSync(join(dist, 'client', 'guide', 'index.html'), `<!doctype html><title>Guide</title><script>console.log("inline")</script>${'<p>words</p>'.repeat(200)}`);
	writeFileSync(join(dist, 'client', '404.html'), '<!doctype html><title>Not found</title>');
	writeFileSync(join(dist, 'client', 'secret-neighbour.txt'), 'outside');
	// Stands in for Astro's middleware-mode handler: the real one is exercised by the e2e and proxy tests.
	writeFileSync(join(dist, 'server', 'entry.mjs'), 'export const handler = async (req, res) => { res.setHeader("content-type", "application/json"); res.end(JSON.stringify({ routed: req.url })); };');
	// What the build's precompress integration does: .br and .gz copies beside each text file.
	await precompressFolder(join(dist, 'client'));
	server = await startSiteServer({ distDir: dist, host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
	await server?.close();
	rmSync(dist, { recursive: true, force: true });
});

describe('site server', () => {
	it('serves pages with a trailing slash and redirects the slashless form', async () => {
		const page = await rawGet('/guide/');
		expect(page.status).toBe(200);
		expect(page.body.toString()).toContain('<title>Guide</title>');
		const redirect = await rawGet('/guide?x=1');
		expect(redirect.status).toBe(308);
		expect(redirect.headers.location).toBe('/guide/?x=1');
	});

	it('never redirects to another host, however the raw path is written (finding 2)', async () => {
		const target = targetOf(server.url);
		for (const path of ['/x/..//evil.com/..%2f/personas/admin', '//evil.com/..%2f/personas/admin', '/\\evil.com/..%2f/personas/admin', '/guide/..//evil.com/%2e%2e/personas/admin']) {
			const answer = await rawRequest(target, `GET ${path} HTTP/1.1\r\nHost: ${target.host}:${target.port}`);
			if (answer.status === 308) expect(answer.headers.location, path).toBe('/personas/admin/');
			else expect(answer.status, path).toBe(404);
		}
	});

	it('negotiates Accept-Encoding by the standard rules: q=0 refuses, names are case-insensitive (finding 4)', async () => {
		const target = targetOf(server.url);
		const encodingFor = async (accept: string) => (await rawRequest(target, `GET /guide/ HTTP/1.1\r\nHost: ${target.host}:${target.port}\r\nAccept-Encoding: ${accept}`)).headers['content-encoding'];
		expect(await encodingFor('br;q=0, gzip')).toBe('gzip');
		expect(await encodingFor('br;q=0')).toBeUndefined();
		expect(await encodingFor('BR')).toBe('br');
		expect(await encodingFor('GZIP')).toBe('gzip');
		expect(await encodingFor('gzip;q=1, br;q=0.5')).toBe('gzip');
		expect(await encodingFor('*')).toBe('br');
		expect(await encodingFor('identity')).toBeUndefined();
	});

	it('serves hashed assets as immutable and pages as revalidated, with the security headers', async () => {
		const asset = await rawGet('/_astro/page.AbC123.js', { 'accept-encoding': 'br' });
		expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
		expect(asset.headers.vary).toBe('Accept-Encoding');
		expect(brotliDecompressSync(asset.body).toString()).toContain('export const words');
		const page = await rawGet('/guide/');
		expect(page.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
		for (const answer of [asset, page]) {
			expect(answer.headers['x-frame-options']).toBe('DENY');
			expect(String(answer.headers['content-security-policy'])).toContain("default-src 'self'");
		}
	});

	it('compresses text with brotli or gzip as the reader accepts', async () => {
		const br = await rawGet('/guide/', { 'accept-encoding': 'gzip, br' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(brotliDecompressSync(br.body).toString()).toContain('<title>Guide</title>');
		const gzip = await rawGet('/guide/', { 'accept-encoding': 'gzip' });
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gzip.body).length).toBeGreaterThan(gzip.body.length * 4);
	});

	it('sends a CSP that allows the page’s own inline script by hash, and nosniff', async () => {
		const page = await rawGet('/guide/');
		const csp = String(page.headers['content-security-policy']);
		expect(csp).toContain("default-src 'self'");
		expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
		expect(csp).toContain("worker-src 'self' blob:");
		expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'");
		expect(page.headers['x-content-type-options']).toBe('nosniff');
	});

	it('answers unknown paths with the 404 page and refuses to leave the build folder', async () => {
		expect((await rawGet('/nope/')).status).toBe(404);
		for (const path of ['/../package.json', '/%2e%2e/package.json', '/guide/..%2f..%2f..%2fpackage.json', '/%00']) {
			const response = await rawGet(path);
			expect(response.status, path).toBe(404);
			expect(response.body.toString()).not.toContain('"devDependencies"');
		}
	});

	it('routes /api/ to Astro’s handler and refuses other methods on pages', async () => {
		const api = await fetch(`${server.url}/api/run`, { method: 'POST' });
		expect(await api.json()).toEqual({ routed: '/api/run' });
		expect((await fetch(`${server.url}/guide/`, { method: 'DELETE' })).status).toBe(405);
	});
});
