/**
 * Child process for bench/proxy-load.ts: runs the mock deployment (chunkDelayMs 0, no request
 * log) and the proxy core behind a node:http server, so the load generator does not share their
 * event loop. Talks to the parent over IPC: sends {ready, mockUrl, proxyUrl}; answers "memory"
 * with process.memoryUsage(); closes everything on "stop".
 */
import { startMockServer } from '../mock/server.ts';
import { DEFAULT_CONFIG, type ProxyConfig } from '../src/lib/proxy/config.ts';
import { handleRun } from '../src/lib/proxy/handle-run.ts';
import { createProductionFetch } from '../src/lib/proxy/production-fetch.ts';
import { TokenBucketLimiter } from '../src/lib/proxy/rate-limiter.ts';
import { startWebServer } from '../support/web-server.ts';

if (!process.send) throw new Error('bench/proxy-bench-server.ts is started by bench/proxy-load.ts over IPC; run that instead.');

const mock = await startMockServer({ port: 0, chunkDelayMs: 0 });
const config: ProxyConfig = { ...DEFAULT_CONFIG, mockUrl: mock.url };
const production = createProductionFetch(config);
// Throughput, not the per-client limit, is measured: one client, effectively unlimited.
const rateLimiter = new TokenBucketLimiter({ perMinute: 1e9, burst: 1e9 });
const proxy = await startWebServer((request, clientAddress) => handleRun(request, { ...production, config, rateLimiter, clientAddress }));

process.on('message', async (message) => {
	if (message === 'memory') process.send!({ memory: process.memoryUsage() });
	if (message === 'stop') {
		await proxy.close();
		await mock.close();
		await production.close();
		process.disconnect();
	}
});
process.send({ ready: true, mockUrl: mock.url, proxyUrl: proxy.url });
