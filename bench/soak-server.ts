/**
 * Child process for bench/soak.ts: the built site's own server (server/site-server.ts, with the
 * proxy route as `npm start` serves it) and the mock deployment, on loopback. Started with
 * --expose-gc; over IPC it answers "measure" with a forced-GC heap and RSS reading, and closes
 * everything on "stop". Its log lines (one per run) go to /dev/null: the soak counts them itself.
 */
import { startMockServer } from '../mock/server.ts';
import { startSiteServer } from '../server/site-server.ts';

if (!process.send || typeof globalThis.gc !== 'function') throw new Error('bench/soak-server.ts is started by bench/soak.ts (over IPC, with --expose-gc); run that instead.');

const mock = await startMockServer({ host: '127.0.0.1', port: 0, chunkDelayMs: Number(process.env.SOAK_CHUNK_DELAY_MS ?? 20) });
process.env.MOCK_AZURE_OPENAI_URL = mock.url;
// The soak is one client at a high rate: the per-client limit would only measure 429s.
process.env.PROXY_RATE_LIMIT_PER_MINUTE = '1000000000';
process.env.PROXY_RATE_LIMIT_BURST = '1000000000';
const site = await startSiteServer({ distDir: process.env.SITE_DIST, host: '127.0.0.1', port: 0 });

function measure() {
	// Twice: the first pass can leave finalizers whose memory only the second frees.
	globalThis.gc!();
	globalThis.gc!();
	const { heapUsed, rss } = process.memoryUsage();
	return { heapUsed, rss, resources: process.getActiveResourcesInfo() };
}

process.on('message', async (message) => {
	if (message === 'measure') process.send!({ measured: measure() });
	if (message === 'stop') {
		await site.close();
		await mock.close();
		process.disconnect();
	}
});
process.send({ ready: true, siteUrl: site.url });
