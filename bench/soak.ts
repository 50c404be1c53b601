/**
 * Soak benchmark for POST /api/run (issue 10 finding 11): the built site's own server with the
 * proxy route, against the local mock deployment, on loopback, in a child process
 * (bench/soak-server.ts) so that this load generator does not share its event loop.
 *
 *   1. warm-up: 50 concurrent streaming runs for 5 s, then idle; heap (after a forced GC), RSS,
 *      open descriptors and sockets of the server are the baseline;
 *   2. soak: 500 concurrent streaming runs, each read to its final [DONE], for SOAK_DURATION_S
 *      (default 60) seconds;
 *   3. 1,000 runs aborted mid-stream (after their first text), 100 at a time;
 *   4. idle, then the same readings again.
 *
 * Passes when there were no unexpected errors (a failed fetch, a status other than 200, a
 * missing run id, an `event: error`, a stream without [DONE]), the server holds no more
 * descriptors or sockets than at the baseline, and its heap after GC has grown by at most 10 %
 * over the baseline (a smaller heap passes: it cannot be a leak). Prints the figures; exits 1 when a condition fails.
 *
 * Run (after a build): ./node_modules/.bin/node bench/soak.ts
 * Env: SOAK_DURATION_S (60), SOAK_CONCURRENCY (500), SOAK_ABORTED (1000), SITE_DIST.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Agent, fetch } from 'undici';
import { openResources, settleResources, type OpenResources } from '../support/process-resources.ts';
import { MOCK_CHAT_DEPLOYMENT } from '../src/lib/catalog/index.ts';

const durationS = Number(process.env.SOAK_DURATION_S ?? 60);
const concurrency = Number(process.env.SOAK_CONCURRENCY ?? 500);
const abortedRuns = Number(process.env.SOAK_ABORTED ?? 1000);

interface Measured {
	heapUsed: number;
	rss: number;
	resources: string[];
}

const child: ChildProcess = fork(fileURLToPath(new URL('./soak-server.ts', import.meta.url)), [], { execArgv: ['--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
const { siteUrl } = await new Promise<{ siteUrl: string }>((resolve, reject) => {
	child.once('message', (message) => resolve(message as { siteUrl: string }));
	child.once('exit', (code) => reject(new Error(`bench/soak-server.ts exited with ${code} before it was ready (is the site built? npm run build)`)));
});
const pid = child.pid!;

function measure(): Promise<Measured> {
	return new Promise((resolve) => {
		const onMessage = (message: unknown) => {
			const measured = (message as { measured?: Measured }).measured;
			if (!measured) return;
			child.off('message', onMessage);
			resolve(measured);
		};
		child.on('message', onMessage);
		child.send('measure');
	});
}

const body = JSON.stringify({ target: { provider: 'mock', deployment: MOCK_CHAT_DEPLOYMENT }, body: { messages: [{ role: 'user', content: 'Name three Azure regions.' }], stream: true } });
const headers = { 'content-type': 'application/json', origin: siteUrl };
const url = `${siteUrl}/api/run`;

const errors = new Map<string, number>();
const unexpected = (kind: string) => errors.set(kind, (errors.get(kind) ?? 0) + 1);

/** One streamed run read to its end; returns its duration, or undefined after an unexpected error. */
async function streamedRun(dispatcher: Agent): Promise<number | undefined> {
	const started = performance.now();
	let response;
	try {
		response = await fetch(url, { method: 'POST', headers, body, dispatcher });
	} catch (error) {
		unexpected(`fetch failed: ${(error as Error).cause ?? (error as Error).message}`);
		return undefined;
	}
	if (response.status !== 200) {
		unexpected(`status ${response.status}`);
		await response.body?.cancel();
		return undefined;
	}
	if (!response.headers.get('x-run-id')) unexpected('no x-run-id');
	const text = await response.text();
	if (text.includes('event: error')) unexpected('event: error');
	else if (!text.trimEnd().endsWith('data: [DONE]')) unexpected('no [DONE]');
	return performance.now() - started;
}

/** A run abandoned after its first text arrived, as a reader pressing Stop does. */
async function abortedRun(dispatcher: Agent): Promise<void> {
	const controller = new AbortController();
	let response;
	try {
		response = await fetch(url, { method: 'POST', headers, body, dispatcher, signal: controller.signal });
	} catch (error) {
		unexpected(`fetch failed: ${(error as Error).message}`);
		return;
	}
	if (response.status !== 200) {
		unexpected(`status ${response.status}`);
		await response.body?.cancel();
		return;
	}
	const reader = response.body!.getReader();
	const decoder = new TextDecoder();
	let seen = '';
	while (!seen.includes('"content"')) {
		const { value, done } = await reader.read();
		if (done) break;
		seen += decoder.decode(value, { stream: true });
	}
	controller.abort();
	await reader.cancel().catch(() => {});
}

/** `workers` loops running `task` until `until` (a time) or until `count` tasks were started. */
async function pool(workers: number, task: () => Promise<unknown>, stop: { until?: number; count?: number }): Promise<number> {
	let started = 0;
	const more = () => (stop.until === undefined || performance.now() < stop.until) && (stop.count === undefined || started < stop.count);
	await Promise.all(
		Array.from({ length: workers }, async () => {
			while (more()) {
				started++;
				await task();
			}
		}),
	);
	return started;
}

function percentile(sorted: number[], p: number): number {
	return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Idle until the server's keep-alive sockets (to us and to the mock) are gone, then GC and read. */
async function idleReading(): Promise<{ measured: Measured; open: OpenResources }> {
	let open = openResources(pid);
	// Keep-alive sockets close after undici's 4 s idle timeout: wait until the count stops falling.
	for (let stable = 0, last = open.descriptors; stable < 3;) {
		await new Promise((done) => setTimeout(done, 1000));
		open = openResources(pid);
		stable = open.descriptors < last ? 0 : stable + 1;
		last = open.descriptors;
	}
	return { measured: await measure(), open };
}

console.log(`Soak: ${url}, server pid ${pid}`);
const warmAgent = new Agent({ connections: 50 });
const warmRuns = await pool(50, () => streamedRun(warmAgent), { until: performance.now() + 5000 });
await warmAgent.close();
const baseline = await idleReading();
console.log(
	`warm-up: ${warmRuns} runs; baseline heap ${mb(baseline.measured.heapUsed)}, RSS ${mb(baseline.measured.rss)}, ${baseline.open.descriptors} descriptors (${baseline.open.sockets} sockets)`,
);

const soakAgent = new Agent({ connections: concurrency });
const durations: number[] = [];
const soakStarted = performance.now();
const soakRuns = await pool(
	concurrency,
	async () => {
		const ms = await streamedRun(soakAgent);
		if (ms !== undefined) durations.push(ms);
	},
	{ until: soakStarted + durationS * 1000 },
);
const soakSeconds = (performance.now() - soakStarted) / 1000;
const peak = openResources(pid);
await soakAgent.close();
durations.sort((a, b) => a - b);
console.log(
	`soak: ${soakRuns} streamed runs at concurrency ${concurrency} in ${soakSeconds.toFixed(1)} s (${(soakRuns / soakSeconds).toFixed(0)} runs/s), run p50 ${percentile(durations, 50).toFixed(0)} ms, p99 ${percentile(durations, 99).toFixed(0)} ms; server held ${peak.descriptors} descriptors at the end`,
);

const abortAgent = new Agent({ connections: 100 });
const abortStarted = performance.now();
await pool(100, () => abortedRun(abortAgent), { count: abortedRuns });
await abortAgent.close();
console.log(`aborted: ${abortedRuns} runs stopped after their first text, in ${((performance.now() - abortStarted) / 1000).toFixed(1)} s`);

const after = await idleReading();
const settled = await settleResources(pid, baseline.open, 2000);
const heapChange = (after.measured.heapUsed - baseline.measured.heapUsed) / baseline.measured.heapUsed;
const totalErrors = [...errors.values()].reduce((sum, n) => sum + n, 0);
console.log(
	`after:  heap ${mb(after.measured.heapUsed)} (${(heapChange * 100).toFixed(1)} % vs baseline), RSS ${mb(after.measured.rss)}, ${settled.descriptors} descriptors (${settled.sockets} sockets)`,
);
console.log(`active handles after: ${after.measured.resources.join(', ') || 'none'}`);

const checks: [string, boolean][] = [
	[`unexpected errors: ${totalErrors}${totalErrors ? ` (${[...errors].map(([kind, n]) => `${kind} ×${n}`).join('; ')})` : ''}`, totalErrors === 0],
	[
		`descriptors ${baseline.open.descriptors} -> ${settled.descriptors}, sockets ${baseline.open.sockets} -> ${settled.sockets}`,
		settled.descriptors <= baseline.open.descriptors && settled.sockets <= baseline.open.sockets,
	],
	// Growth is what a leak shows; a heap smaller than after the warm-up is not a failure.
	[`heap after GC at most 10 % above the baseline: ${heapChange >= 0 ? '+' : ''}${(heapChange * 100).toFixed(1)} %`, heapChange <= 0.1],
];
for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);

child.send('stop');
await new Promise((done) => child.once('exit', done));
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
