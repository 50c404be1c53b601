/**
 * Load benchmark for POST /api/run. Starts the local mock deployment and the proxy core behind a
 * node:http server on loopback (in a child process, bench/proxy-bench-server.ts, so autocannon
 * does not share their event loop), then runs autocannon against each at concurrency 1, 10 and 50,
 * for a JSON answer and a streamed answer (mock chunkDelayMs 0, so the figures measure the proxy,
 * not the mock's pacing). The direct-to-mock runs are the baseline; "added" is proxy minus direct.
 *
 * Run: ./node_modules/.bin/node bench/proxy-load.ts
 * Env: BENCH_DURATION_S (default 5) seconds per run; BENCH_LEVELS (default "1,10,50").
 * Every run is bounded by its duration; the servers close at the end.
 */
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GA_API_VERSION, MOCK_CONTRAST_CHAT_DEPLOYMENT } from '../src/lib/catalog/index.ts';

const duration = Number(process.env.BENCH_DURATION_S ?? 5);
const levels = (process.env.BENCH_LEVELS ?? '1,10,50').split(',').map(Number);

interface Figures {
	rps: number;
	p50: number;
	/** Mean latency in ms with fractions: autocannon's percentiles are whole milliseconds. */
	mean: number;
	p99: number;
	errors: number;
	non2xx: number;
}

function mb(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function load(url: string, headers: Record<string, string>, body: string, connections: number): Promise<Figures> {
	const result = await autocannon({ url, method: 'POST', headers, body, connections, duration });
	return { rps: result.requests.average, p50: result.latency.p50, mean: result.latency.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

interface Ready {
	mockUrl: string;
	proxyUrl: string;
}

const child = fork(fileURLToPath(new URL('./proxy-bench-server.ts', import.meta.url)), { stdio: 'inherit' });
const servers = await new Promise<Ready>((resolve, reject) => {
	child.once('message', (message) => resolve(message as Ready));
	child.once('exit', (code) => reject(new Error(`The bench server exited with code ${code} before it was ready.`)));
});
const mock = { url: servers.mockUrl };
const proxy = { url: servers.proxyUrl };

function serverMemory(): Promise<NodeJS.MemoryUsage> {
	return new Promise((resolve) => {
		child.once('message', (message) => resolve((message as { memory: NodeJS.MemoryUsage }).memory));
		child.send('memory');
	});
}

const messages = [{ role: 'user', content: 'Summarise the benefits of streaming responses in two sentences.' }];
const modes = [
	{ name: 'json', body: { messages } },
	{ name: 'stream', body: { messages, stream: true } },
];

const rows: string[][] = [];
const memoryBefore = await serverMemory();
console.log(`proxy-load: ${duration} s per run, concurrency ${levels.join('/')}, mock ${mock.url}, proxy ${proxy.url}`);
for (const mode of modes) {
	for (const connections of levels) {
		const direct = await load(
			`${mock.url}/openai/deployments/${MOCK_CONTRAST_CHAT_DEPLOYMENT}/chat/completions?api-version=${GA_API_VERSION}`,
			{ 'content-type': 'application/json', 'api-key': 'bench-key' },
			JSON.stringify(mode.body),
			connections,
		);
		const before = await serverMemory();
		const viaProxy = await load(
			`${proxy.url}/api/run`,
			{ 'content-type': 'application/json', origin: proxy.url },
			JSON.stringify({ target: { provider: 'mock', deployment: MOCK_CONTRAST_CHAT_DEPLOYMENT, apiVersion: GA_API_VERSION }, body: mode.body }),
			connections,
		);
		const after = await serverMemory();
		rows.push([
			mode.name,
			String(connections),
			direct.rps.toFixed(0),
			viaProxy.rps.toFixed(0),
			`${direct.p50}/${direct.p99}`,
			`${viaProxy.p50}/${viaProxy.p99}`,
			`${viaProxy.p50 - direct.p50}/${viaProxy.p99 - direct.p99}`,
			(viaProxy.mean - direct.mean).toFixed(2),
			`${direct.errors + direct.non2xx}/${viaProxy.errors + viaProxy.non2xx}`,
			`${mb(before.rss)} -> ${mb(after.rss)}`,
			`${mb(before.heapUsed)} -> ${mb(after.heapUsed)}`,
		]);
		console.log(`  done: ${mode.name} c=${connections}`);
	}
}

const header = [
	'mode',
	'conc',
	'direct req/s',
	'proxy req/s',
	'direct p50/p99 ms',
	'proxy p50/p99 ms',
	'added p50/p99 ms',
	'added mean ms',
	'errors+non2xx d/p',
	'RSS before -> after',
	'heap before -> after',
];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ');
console.log('');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of rows) console.log(line(row));
const memoryAfter = await serverMemory();
console.log('');
console.log(`server process (proxy + mock) over the whole run: RSS ${mb(memoryBefore.rss)} -> ${mb(memoryAfter.rss)}, heap ${mb(memoryBefore.heapUsed)} -> ${mb(memoryAfter.heapUsed)}`);
console.log('RSS/heap columns: the server process around each proxy run. Latencies in ms from autocannon; "added" = proxy minus direct.');

child.send('stop');
await new Promise((resolve) => child.once('exit', resolve));
