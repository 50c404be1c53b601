/**
 * What a page costs a reader before any interaction, measured in real Chromium: every same-origin
 * response the page (and its workers) received from navigation until the network went idle, each
 * body compressed with gzip -9 here (so the figure does not depend on what a server sends), plus
 * which of those files belong to the search engine or the editor. Shared by the page-weight and
 * editor benchmarks and the e2e tests.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Response } from 'playwright-core';
import sirv from 'sirv';

export interface FileWeight {
	path: string;
	raw: number;
	gzip: number;
}

export interface PageWeight {
	files: FileWeight[];
	raw: number;
	gzip: number;
}

/** Pagefind's engine, its WebAssembly, index, fragments and filter files (its UI is not counted). */
export const SEARCH_ENGINE_FILE = /\/pagefind\/(?!pagefind-ui\.)/;
/**
 * The editor's files, by the names the build gives them (`name.HASH8.js`, workers `name-HASH8.js`):
 * the run UI (`ui`), Monaco with the JSON language (`setup`, `jsonMode`), its workers and font.
 */
export const EDITOR_FILE = /\/_astro\/(ui|setup|jsonMode|editor\.worker|json\.worker|codicon)[-.][\w-]{8}\.(js|css|ttf)$/;

export function summarize(files: FileWeight[]): PageWeight {
	return { files, raw: files.reduce((sum, file) => sum + file.raw, 0), gzip: files.reduce((sum, file) => sum + file.gzip, 0) };
}

/**
 * Records every same-origin response in `context` (pages and their workers) until stopped.
 * Bodies are read as received (decoded), so compressed and uncompressed servers compare alike.
 */
export function recordResponses(context: BrowserContext, origin: string): { stop(): Promise<FileWeight[]> } {
	const pending: Array<Promise<FileWeight | undefined>> = [];
	const onResponse = (response: Response) => {
		const url = new URL(response.url());
		if (url.origin !== origin || response.status() >= 300) return;
		pending.push(
			response.body().then(
				(body) => ({ path: url.pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
				() => undefined, // a response whose body the page discarded (e.g. a navigation away)
			),
		);
	};
	context.on('response', onResponse);
	return {
		async stop() {
			context.off('response', onResponse);
			const files = (await Promise.all(pending)).filter((file): file is FileWeight => file !== undefined);
			// The same file fetched twice (a module preload and its import) counts once.
			return [...new Map(files.map((file) => [file.path, file])).values()];
		},
	};
}

/** Loads `url` in a fresh context (empty cache) and weighs everything received until network idle. */
export async function weighPageLoad(browser: Browser, url: string): Promise<PageWeight> {
	const context = await browser.newContext();
	try {
		const recorder = recordResponses(context, new URL(url).origin);
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		// Idle callbacks and late imports (e.g. a search UI loaded "when idle") get their chance too.
		await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 2000)));
		await page.waitForLoadState('networkidle');
		return summarize(await recorder.stop());
	} finally {
		await context.close();
	}
}

/** Serves a built static folder (e.g. the plain Starlight twin) on a free loopback port. */
export async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
	const handler = sirv(dir, { dev: false, etag: true });
	const server: Server = createServer((req, res) =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
