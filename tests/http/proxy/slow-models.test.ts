// A reasoning model that thinks in silence mid-stream (the mock's `slow-thinking`) passes through
// the proxy with its default limits, while an idle limit shorter than the silence (as the old
// 30 s one was for a 45 s silence) cuts it off with the proxy's final problem event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, mockRun, type Harness } from './support/proxy-harness.ts';

const THINK_MS = 1200;
const chat = { messages: [{ role: 'user', content: 'Think first, then answer.' }], stream: true };
let defaults: Harness;
let tight: Harness;

beforeAll(async () => {
	defaults = await startHarness({ mock: { thinkMs: THINK_MS } });
	tight = await startHarness({ mock: { thinkMs: THINK_MS }, config: { idleTimeoutMs: 600 } });
});
afterAll(async () => {
	await defaults?.close();
	await tight?.close();
});

describe('slow (reasoning) models through the proxy', () => {
	it('relays a stream that stays silent for a while and then answers, with the default limits', async () => {
		const started = Date.now();
		const response = await defaults.run(mockRun('slow-thinking', chat));
		expect(response.status).toBe(200);
		const text = await response.text();
		expect(Date.now() - started).toBeGreaterThanOrEqual(THINK_MS);
		expect(text).toContain('data: [DONE]');
		expect(text).not.toContain('event: error');
	});

	it('ends the same stream with the idle-timeout problem event when the idle limit is shorter than the silence', async () => {
		const response = await tight.run(mockRun('slow-thinking', chat));
		const text = await response.text();
		expect(text).not.toContain('[DONE]');
		expect(text).toMatch(/event: error\ndata: \{"type":"urn:llm-provider-guides:proxy-problem:upstream_timeout"/);
	});
});
