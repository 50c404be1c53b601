// The proxy's waiting limits fit reasoning models: at least the openai SDK's own 10-minute
// default (SECURITY.md, "Timeouts and slow models"), so a run the service and its clients would
// finish is never cut off by the site; and they outlast the mock's slow-thinking silence, which
// the old 30 s idle limit did not.
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../mock/server.ts';
import { DEFAULT_CONFIG } from '../../../src/lib/proxy/config.ts';

const OLD_IDLE_TIMEOUT_MS = 30_000;

describe('default waiting limits', () => {
	it('are no shorter than the official openai client waits by default', () => {
		const sdk = (OpenAI as unknown as { DEFAULT_TIMEOUT: number }).DEFAULT_TIMEOUT;
		expect(sdk).toBe(600_000);
		for (const limit of [DEFAULT_CONFIG.firstByteTimeoutMs, DEFAULT_CONFIG.idleTimeoutMs, DEFAULT_CONFIG.totalTimeoutMs]) expect(limit).toBeGreaterThanOrEqual(sdk);
	});

	it('outlast the slow-thinking mock silence that the old idle limit cut off', () => {
		expect(DEFAULT_SETTINGS.thinkMs).toBeGreaterThan(OLD_IDLE_TIMEOUT_MS);
		expect(DEFAULT_CONFIG.idleTimeoutMs).toBeGreaterThan(DEFAULT_SETTINGS.thinkMs);
		expect(DEFAULT_CONFIG.totalTimeoutMs).toBeGreaterThan(DEFAULT_SETTINGS.thinkMs);
	});
});
