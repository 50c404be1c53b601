/**
 * A rate limit that holds across instances: two Node instances of the site (separate processes,
 * `node server/start.ts`) against one real Redis (Debian's redis-server, on a port chosen here)
 * spend one budget per client. Stopping Redis mid-test shows the chosen failure behaviour: fail
 * open to per-instance limits (each instance limits on its own; nobody is unlimited), logged once
 * each way, and the shared budget is back once Redis answers again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../../mock/server.ts';
import { startNodeInstance, type NodeInstance } from './support/node-instance.ts';
import { startTestRedis, type TestRedis } from './support/redis-server.ts';

// burst 3 at 3 per minute: three runs, then the next one only after 20 s (longer than any test here).
const LIMITS = { PROXY_RATE_LIMIT_BURST: '3', PROXY_RATE_LIMIT_PER_MINUTE: '3' };

async function statusOf(response: Promise<Response>): Promise<number> {
	const answer = await response;
	await answer.text();
	return answer.status;
}

describe('rate limit across two Node instances', () => {
	let mock: { url: string; close(): Promise<void> };
	let redis: TestRedis;
	let a: NodeInstance;
	let b: NodeInstance;

	beforeAll(async () => {
		mock = await startMockServer({ host: '127.0.0.1', port: 0 });
		redis = await startTestRedis();
		const env = { ...LIMITS, MOCK_AZURE_OPENAI_URL: mock.url, PROXY_RATE_LIMIT_STORE: 'redis', PROXY_RATE_LIMIT_REDIS_URL: redis.url };
		[a, b] = await Promise.all([startNodeInstance(env), startNodeInstance(env)]);
	});

	afterAll(async () => {
		await Promise.all([a?.close(), b?.close()]);
		await redis?.stop();
		await mock?.close();
	});

	it('without a shared store, each instance grants the whole budget (the problem)', async () => {
		const env = { ...LIMITS, MOCK_AZURE_OPENAI_URL: mock.url };
		const [m1, m2] = await Promise.all([startNodeInstance(env), startNodeInstance(env)]);
		try {
			const statuses: number[] = [];
			for (let i = 0; i < 8; i++) statuses.push(await statusOf((i % 2 ? m2 : m1).run('203.0.113.9')));
			expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
		} finally {
			await Promise.all([m1.close(), m2.close()]);
		}
	});

	it('two instances against one Redis spend one budget per client', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 8; i++) statuses.push(await statusOf((i % 2 ? b : a).run('203.0.113.10')));
		expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429, 429]);

		const refused = await b.run('203.0.113.10');
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect((await refused.json()).code).toBe('rate_limited');
		// Another client has a budget of its own.
		expect(await statusOf(a.run('203.0.113.11'))).toBe(200);
		expect([...a.output, ...b.output].join('\n')).not.toMatch(/rate-limit store/);
	});

	it('when Redis stops, fails open to per-instance limits and says so; once Redis is back the budget is shared again', async () => {
		expect(await statusOf(a.run('203.0.113.20'))).toBe(200);
		await redis.stop();

		// Each instance now limits on its own: three runs each, then 429 (never unlimited, never 5xx).
		const onA: number[] = [];
		const onB: number[] = [];
		for (let i = 0; i < 4; i++) onA.push(await statusOf(a.run('203.0.113.20')));
		for (let i = 0; i < 4; i++) onB.push(await statusOf(b.run('203.0.113.20')));
		expect(onA).toEqual([200, 200, 200, 429]);
		expect(onB).toEqual([200, 200, 200, 429]);
		const down = new RegExp(
			String.raw`^\[api/run\] The rate-limit store \(Redis at 127\.0\.0\.1:${redis.port}\) is unreachable \(.+\); each instance now limits on its own until it answers\. Check that the store is running\.$`,
		);
		for (const instance of [a, b]) expect(instance.output.filter((line) => down.test(line))).toHaveLength(1);

		await redis.start();
		const back = `[api/run] The rate-limit store (Redis at 127.0.0.1:${redis.port}) answers again: the limit is shared across instances again.`;
		// ioredis reconnects by itself; a fresh client address per probe keeps the probes' budgets apart.
		for (let probe = 1; !(a.output.includes(back) && b.output.includes(back)); probe++) {
			expect(probe, 'both instances should reach Redis again within 10 s').toBeLessThan(100);
			await statusOf(a.run(`198.51.100.${probe}`));
			await statusOf(b.run(`198.51.100.${probe}`));
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		const statuses: number[] = [];
		for (let i = 0; i < 6; i++) statuses.push(await statusOf((i % 2 ? b : a).run('203.0.113.21')));
		expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
	});
});
