/**
 * When the reader goes away (tab closed, request aborted), the upstream request is aborted too:
 * the mock sees its connection end early, and nothing is left running.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockRun, resourceSnapshot, settleTo, startHarness, type Harness } from './support/proxy-harness.ts';
import { eventually, readFirstChunk } from './support/read-stream.ts';

let h: Harness;
beforeAll(async () => {
	// Long limits: only the reader's disconnect can end these exchanges.
	h = await startHarness({ config: { firstByteTimeoutMs: 20_000, idleTimeoutMs: 20_000, totalTimeoutMs: 20_000 } });
});
afterAll(async () => {
	await h.close();
});

const chat = (stream: boolean) => ({ messages: [{ role: 'user', content: 'Hi' }], stream });

describe('abort on disconnect', () => {
	it('aborts the upstream fetch when the reader leaves before headers', async () => {
		const baseline = await resourceSnapshot();
		const controller = new AbortController();
		const pending = h.run(mockRun('fault-stall', chat(false)), { signal: controller.signal }).catch((error: unknown) => error);
		// Wait until the proxy has really called upstream, then leave.
		expect(await eventually(() => h.upstreamCalls.some((call) => call.url.includes('/fault-stall/')))).toBe(true);
		controller.abort();
		expect(await pending).toBeInstanceOf(Error);
		expect(await eventually(() => h.mockLines.some((line) => line.includes('deployment=fault-stall ') && line.includes('ended early')))).toBe(true);
		const after = await settleTo(baseline);
		expect(after.timers).toBeLessThanOrEqual(baseline.timers);
		expect(after.sockets).toBeLessThanOrEqual(baseline.sockets);
	});

	it('aborts the upstream stream when the reader leaves mid-stream', async () => {
		const baseline = await resourceSnapshot();
		const controller = new AbortController();
		const response = await h.run(mockRun('fault-stall-midstream', chat(true)), { signal: controller.signal });
		const { text } = await readFirstChunk(response);
		expect(text).toContain('data: ');
		controller.abort();
		expect(await eventually(() => h.mockLines.some((line) => line.includes('deployment=fault-stall-midstream') && line.includes('ended early')))).toBe(true);
		expect(await eventually(() => h.logs.some((entry) => entry.event === 'run' && entry.outcome === 'client_gone'))).toBe(true);
		const after = await settleTo(baseline);
		expect(after.timers).toBeLessThanOrEqual(baseline.timers);
		expect(after.sockets).toBeLessThanOrEqual(baseline.sockets);
	});

	it('stops relaying a healthy stream when the reader cancels it', async () => {
		const slow = await startHarness({ mock: { chunkDelayMs: 200 } });
		try {
			const response = await slow.run(mockRun('gpt-5-mini', chat(true)));
			const { reader } = await readFirstChunk(response);
			await reader.cancel();
			expect(await eventually(() => slow.mockLines.some((line) => line.includes('deployment=gpt-5-mini') && line.includes('ended early')))).toBe(true);
		} finally {
			await slow.close();
		}
	});
});
