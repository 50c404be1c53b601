/**
 * Upstream faults staged by the real mock: each must end in a clean, explained answer and leave
 * no socket or timer behind. Limits are shortened so faults trip quickly; none of the assertions
 * is about elapsed time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockRun, resourceSnapshot, settleTo, startHarness, type Harness } from './support/proxy-harness.ts';
import { eventually, parseEvents } from './support/read-stream.ts';

// The total limit is far longer than the leak check waits, so a forgotten timer would show up;
// the drip tests use a second proxy whose total limit is what they exercise.
let h: Harness;
let short: Harness;
beforeAll(async () => {
	h = await startHarness({ config: { firstByteTimeoutMs: 800, idleTimeoutMs: 800, totalTimeoutMs: 10_000, maxResponseBytes: 1024 * 1024 } });
	short = await startHarness({ config: { firstByteTimeoutMs: 800, idleTimeoutMs: 800, totalTimeoutMs: 1000 } });
});
afterAll(async () => {
	await h.close();
	await short.close();
});

const chat = (stream: boolean) => ({ messages: [{ role: 'user', content: 'Tell me something' }], stream });

/** Runs `scenario`, then checks timers and sockets return to where they were and upstream was closed. */
async function withoutLeaks(deployment: string, scenario: () => Promise<void>, harness: Harness = h) {
	const baseline = await resourceSnapshot();
	await scenario();
	const after = await settleTo(baseline);
	expect(after.timers).toBeLessThanOrEqual(baseline.timers);
	expect(after.sockets).toBeLessThanOrEqual(baseline.sockets);
	// The mock logs each exchange when its connection to the proxy ends.
	expect(await eventually(() => harness.mockLines.some((line) => line.includes(`deployment=${deployment} `)))).toBe(true);
}

async function problemOf(response: Response) {
	expect(response.headers.get('content-type')).toBe('application/problem+json');
	expect(response.headers.get('cache-control')).toBe('no-store');
	return response.json();
}

describe('faults before the answer starts', () => {
	it('fault-stall: no headers within the first-byte limit -> 504 upstream_timeout', async () => {
		await withoutLeaks('fault-stall', async () => {
			const problem = await problemOf(await h.run(mockRun('fault-stall', chat(false))));
			expect(problem).toMatchObject({ status: 504, code: 'upstream_timeout' });
			expect(problem.detail).toMatch(/did not start answering within 0\.8 s/);
		});
		expect(h.mockLines.find((line) => line.includes('deployment=fault-stall '))).toMatch(/no answer.*ended early/);
	});

	it('fault-huge: a 20 MB JSON body over the response limit -> 502 upstream_too_large', async () => {
		await withoutLeaks('fault-huge', async () => {
			const problem = await problemOf(await h.run(mockRun('fault-huge', chat(false))));
			expect(problem).toMatchObject({ status: 502, code: 'upstream_too_large' });
			expect(problem.detail).toContain('1024 KiB');
		});
		expect(h.mockLines.find((line) => line.includes('deployment=fault-huge '))).toMatch(/ended early/);
	});

	it('fault-invalid-json: JSON content type but a broken body -> 502 upstream_invalid', async () => {
		await withoutLeaks('fault-invalid-json', async () => {
			const problem = await problemOf(await h.run(mockRun('fault-invalid-json', chat(false))));
			expect(problem).toMatchObject({ status: 502, code: 'upstream_invalid' });
			expect(problem.detail).toMatch(/not valid JSON/);
		});
	});

	it('fault-drip without streaming: the body outlasts the total limit -> 504 upstream_timeout', async () => {
		await withoutLeaks(
			'fault-drip',
			async () => {
				const problem = await problemOf(await short.run(mockRun('fault-drip', chat(false))));
				expect(problem).toMatchObject({ status: 504, code: 'upstream_timeout' });
				expect(problem.detail).toMatch(/longer than 1 s in total/);
			},
			short,
		);
	});

	it.each([
		['error-500', 500],
		['error-503', 503],
	])("%s: passed through as %i with Azure's body", async (deployment, status) => {
		await withoutLeaks(deployment, async () => {
			const response = await h.run(mockRun(deployment, chat(false)));
			expect(response.status).toBe(status);
			expect((await response.json()).error).toBeTruthy();
		});
	});
});

describe('faults after streaming began', () => {
	async function streamEvents(deployment: string, harness: Harness = h) {
		const response = await harness.run(mockRun(deployment, chat(true)));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
		return parseEvents(await response.text());
	}

	it('fault-stall-midstream: the stream ends with an error event explaining the idle timeout', async () => {
		await withoutLeaks('fault-stall-midstream', async () => {
			const events = await streamEvents('fault-stall-midstream');
			expect(events.length).toBeGreaterThanOrEqual(2);
			const last = events.at(-1)!;
			expect(last.event).toBe('error');
			expect(JSON.parse(last.data)).toMatchObject({ code: 'upstream_timeout', status: 504 });
			expect(JSON.parse(last.data).detail).toMatch(/stopped sending for 0\.8 s/);
			// Everything before the error event is intact upstream data.
			for (const event of events.slice(0, -1)) expect(() => JSON.parse(event.data)).not.toThrow();
		});
	});

	it('fault-reset: the connection breaks mid-stream -> error event upstream_unreachable', async () => {
		await withoutLeaks('fault-reset', async () => {
			const events = await streamEvents('fault-reset');
			const last = events.at(-1)!;
			expect(last.event).toBe('error');
			expect(JSON.parse(last.data)).toMatchObject({ code: 'upstream_unreachable' });
			for (const event of events.slice(0, -1)) expect(() => JSON.parse(event.data)).not.toThrow();
		});
	});

	it('fault-drip streaming: the total limit ends the stream with an error event, never half an event', async () => {
		await withoutLeaks(
			'fault-drip',
			async () => {
				const events = await streamEvents('fault-drip', short);
				const last = events.at(-1)!;
				expect(last.event).toBe('error');
				expect(JSON.parse(last.data)).toMatchObject({ code: 'upstream_timeout' });
				for (const event of events.slice(0, -1)) expect(() => JSON.parse(event.data)).not.toThrow();
			},
			short,
		);
	});

	it('a stream over the stream size limit ends with an upstream_too_large error event', async () => {
		const small = await startHarness({ config: { maxStreamBytes: 2000 } });
		try {
			const response = await small.run(mockRun('gpt-5-mini', chat(true)));
			const events = parseEvents(await response.text());
			expect(events.at(-1)!.event).toBe('error');
			expect(JSON.parse(events.at(-1)!.data)).toMatchObject({ code: 'upstream_too_large' });
		} finally {
			await small.close();
		}
	});
});

describe('a slow but steady answer within the limits', () => {
	it('fault-drip completes when the limits allow it', async () => {
		const patient = await startHarness({ mock: { dripIntervalMs: 1 }, config: { idleTimeoutMs: 2000, totalTimeoutMs: 20_000 } });
		try {
			const response = await patient.run(mockRun('fault-drip', chat(false)));
			expect(response.status).toBe(200);
			expect((await response.json()).choices[0].message.content.length).toBeGreaterThan(0);
		} finally {
			await patient.close();
		}
	});
});
