/**
 * The run endpoint in the Cloudflare Workers build, in workerd: how long `wrangler dev` takes to
 * be ready, and the latency of mock runs through the Worker (rate limit in its Durable Object
 * included). Needs a Worker build: `SITE_TARGET=worker npm run build` (or `npm run worker` once);
 * WORKER_DIST names another build folder. Not part of `npm run bench`, which builds only for Node.
 *
 * Usage: node bench/worker-latency.ts [runs=50]
 */
import { startMockServer } from '../mock/server.ts';
import { startWorkerDev } from '../server/worker-dev.ts';
import { GA_API_VERSION, MOCK_CHAT_DEPLOYMENT } from '../src/lib/catalog/index.ts';

const runs = Number(process.argv[2] ?? 50);
const mock = await startMockServer({ host: '127.0.0.1', port: 0 });
const started = performance.now();
const worker = await startWorkerDev({
	distDir: process.env.WORKER_DIST,
	port: 0,
	vars: { MOCK_AZURE_OPENAI_URL: mock.url, PROXY_RATE_LIMIT_BURST: '1000000', PROXY_RATE_LIMIT_PER_MINUTE: '1000000' },
});
const readyMs = performance.now() - started;
const body = JSON.stringify({ target: { provider: 'mock', deployment: MOCK_CHAT_DEPLOYMENT, apiVersion: GA_API_VERSION }, body: { messages: [{ role: 'user', content: 'Hello' }] } });
const times: number[] = [];
try {
	for (let i = 0; i < runs + 10; i++) {
		const start = performance.now();
		const response = await fetch(`${worker.url}/api/run`, { method: 'POST', headers: { 'content-type': 'application/json', origin: worker.url }, body });
		await response.text();
		if (response.status !== 200) throw new Error(`A mock run answered ${response.status}.`);
		if (i >= 10) times.push(performance.now() - start); // the first ten warm the isolate up
	}
} finally {
	await worker.close();
	await mock.close();
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
console.log(`wrangler dev ready in ${(readyMs / 1000).toFixed(1)} s`);
console.log(`${runs} sequential mock runs through workerd: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`);
