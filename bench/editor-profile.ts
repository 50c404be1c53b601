/**
 * Where the "Edit & run" opening time goes: one cold browser context (fresh server) per run,
 * a Chromium trace from the click to Monaco's rendered request (the same end point as
 * bench/editor-weight.ts), split into
 * - network: each same-origin file fetched after the click, with its start and end (ms after the click);
 * - main-thread time by kind: script compile, module evaluation / script run, style, layout,
 *   paint, GC, other; and main-thread idle time (waiting on the network or a worker);
 * - with `--cpu`, the JavaScript functions with the most self time in that window (V8's sampling
 *   profiler, which itself slows the page; use it for attribution, not for the total);
 * - with `--compile`, V8's compile events on the main thread (lazy function compiles). Those trace
 *   categories make V8 also collect source positions, which re-parses the whole editor chunk
 *   inside its module evaluation (~120 ms, measured here): the totals are then not the page's.
 *
 *     ./node_modules/.bin/node bench/editor-profile.ts [runs=3] [--cpu] [--compile] [--hover=ms]
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startBuiltSite } from '../support/built-site.ts';
import { watchForRenderedRequest } from '../support/editor-rendered-mark.ts';

const args = process.argv.slice(2);
const runs = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 3);
const withCpu = args.includes('--cpu');
const withCompile = args.includes('--compile');
const hover = Number(args.find((arg) => arg.startsWith('--hover='))?.slice('--hover='.length) ?? 0);
const guidePath = '/providers/azure-openai/setup/';

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: Record<string, unknown> };
}

/** Main-thread event names grouped into the kinds printed (self time, nested events subtracted). */
const KINDS: [RegExp, string][] = [
	[/^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.produceModuleCache|v8\.produceCache|CompileScript|V8\.CompileLazy)/i, 'compile'],
	[/^(v8\.evaluateModule|EvaluateScript|FunctionCall|v8\.run|V8\.Execute|EventDispatch|FireAnimationFrame|TimerFire|RunMicrotasks|v8\.callFunction|FireIdleCallback)/i, 'script'],
	[/^(MajorGC|MinorGC|V8\.GC|BlinkGC|v8\.gc|ThreadState::)/i, 'gc'],
	[/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)/, 'style'],
	[/^(Layout|UpdateLayerTree|PrePaint|Layerize)/, 'layout'],
	[/^(Paint|PaintImage|CompositeLayers|Commit|RasterTask|UpdateLayer)/, 'paint'],
	[/^(ParseHTML|ResourceReceivedData|ResourceFinish|ResourceReceiveResponse|ResourceSendRequest)/, 'loading'],
];
const kindOf = (name: string) => KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';

function splitMainThread(events: TraceEvent[], from: number, to: number) {
	const main = events.find(
		(event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && events.some((e) => e.pid === event.pid && e.name === 'runnable:open-click'),
	);
	if (!main) throw new Error('No renderer main thread with the click mark in the trace.');
	const complete = events
		.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined && event.ts + event.dur! > from && event.ts < to)
		.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const self = new Map<string, number>();
	const names = new Map<string, number>();
	// Walk the nesting with a stack; each event's self time goes to its kind (clipped to the window).
	const stack: { end: number; kind: string; name: string }[] = [];
	let busy = 0;
	let cursor = from;
	const charge = (until: number) => {
		if (until <= cursor) return;
		const top = stack.at(-1);
		if (top && top.kind !== 'task') {
			self.set(top.kind, (self.get(top.kind) ?? 0) + (until - cursor));
			names.set(top.name, (names.get(top.name) ?? 0) + (until - cursor));
		} else if (top) self.set('other', (self.get('other') ?? 0) + (until - cursor));
		if (top) busy += until - cursor;
		cursor = until;
	};
	for (const event of complete) {
		const start = Math.max(from, event.ts);
		while (stack.length && stack.at(-1)!.end <= start) {
			charge(Math.min(to, stack.at(-1)!.end));
			stack.pop();
		}
		charge(start);
		const isTask = event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask';
		const kind = isTask ? 'task' : kindOf(event.name);
		// A nested event of an unknown kind inherits its parent's kind (e.g. a V8 sub-phase of a compile).
		const effective = kind === 'other' && stack.length && stack.at(-1)!.kind !== 'task' ? stack.at(-1)!.kind : kind;
		stack.push({ end: Math.min(to, event.ts + event.dur!), kind: effective, name: event.name });
	}
	while (stack.length) {
		charge(Math.min(to, stack.at(-1)!.end));
		stack.pop();
	}
	const total = to - from;
	return { total, busy, idle: total - busy, self, names };
}

async function cpuProfile(client: CDPSession) {
	await client.send('Profiler.enable');
	await client.send('Profiler.setSamplingInterval', { interval: 200 });
	await client.send('Profiler.start');
	return async () => {
		const { profile } = (await client.send('Profiler.stop')) as {
			profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples: number[]; timeDeltas: number[]; startTime: number };
		};
		return profile;
	};
}

const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`;

const site = await startBuiltSite();
const browser = await launchChromium();
try {
	for (let run = 0; run < runs; run += 1) {
		const context = await browser.newContext();
		const page: Page = await context.newPage();
		await page.goto(new URL(guidePath, site.url).href, { waitUntil: 'networkidle' });
		await page.evaluate(watchForRenderedRequest);
		const client = await context.newCDPSession(page);
		const stopCpu = withCpu ? await cpuProfile(client) : undefined;
		await browser.startTracing(page, {
			categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', ...(withCompile ? ['disabled-by-default-devtools.timeline', 'disabled-by-default-v8.compile'] : [])],
		});
		const button = page
			.locator('.runnable-example')
			.first()
			.getByRole('button', { name: /Edit & run/ });
		if (hover > 0) {
			await button.hover();
			await page.waitForTimeout(hover);
		}
		await button.click();
		await page.waitForFunction(() => performance.getEntriesByName('bench:request-rendered').length > 0, undefined, { timeout: 30_000 });
		const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
		const cpu = await stopCpu?.();
		if (process.env.PROFILE_SAVE) {
			const { writeFileSync } = await import('node:fs');
			writeFileSync(`${process.env.PROFILE_SAVE}-${run + 1}.trace.json`, JSON.stringify(trace));
			if (cpu) writeFileSync(`${process.env.PROFILE_SAVE}-${run + 1}.cpuprofile`, JSON.stringify(cpu));
		}
		const marks = await page.evaluate(() => {
			const click = performance.getEntriesByName('runnable:open-click')[0]!.startTime;
			const at = (name: string) => (performance.getEntriesByName(name)[0]?.startTime ?? NaN) - click;
			// Files still arriving in the 500 ms before the click count too: intent (pointer over the button) comes first.
			const files = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
				.filter((entry) => entry.responseEnd >= click - 500 && new URL(entry.name).origin === location.origin)
				.map((entry) => ({ name: new URL(entry.name).pathname, start: entry.startTime - click, end: entry.responseEnd - click, bytes: entry.encodedBodySize }));
			return { ready: at('runnable:editor-ready'), ui: at('runnable:open-start'), rendered: at('bench:request-rendered'), files };
		});
		const events = trace.traceEvents;
		const clickEvent = events.find((event) => event.name === 'runnable:open-click');
		const renderedEvent = events.find((event) => event.name === 'bench:request-rendered');
		if (!clickEvent || !renderedEvent) throw new Error('The trace lacks the user-timing marks.');
		const split = splitMainThread(events, clickEvent.ts, renderedEvent.ts);
		console.log(`Run ${run + 1}: click → rendered ${marks.rendered.toFixed(0)} ms (run UI ${marks.ui.toFixed(0)} ms, editor-ready ${marks.ready.toFixed(0)} ms)`);
		for (const file of marks.files) console.log(`  fetched ${file.name}: ${file.start.toFixed(0)} → ${file.end.toFixed(0)} ms, ${(file.bytes / 1024).toFixed(0)} KB on the wire`);
		console.log(`  main thread: busy ${ms(split.busy)}, idle ${ms(split.idle)} of ${ms(split.total)}`);
		for (const [kind, time] of [...split.self].sort((a, b) => b[1] - a[1])) console.log(`    ${kind.padEnd(8)} ${ms(time)}`);
		const topNames = [...split.names].sort((a, b) => b[1] - a[1]).slice(0, 12);
		if (process.env.PROFILE_EVENTS) {
			const main = events.find((e) => e.name === 'runnable:open-click')!;
			for (const e of events.filter(
				(e) => e.pid === main.pid && e.ph === 'X' && new RegExp(process.env.PROFILE_EVENTS!).test(e.name) && e.ts >= clickEvent.ts && e.ts <= renderedEvent.ts && (e.dur ?? 0) > 2000,
			))
				console.log(`    ${e.name} at ${ms(e.ts - clickEvent.ts)} for ${ms(e.dur!)} ${JSON.stringify(e.args?.data ?? e.args ?? {}).slice(0, 200)}`);
		}
		console.log(`  by trace event: ${topNames.map(([name, time]) => `${name} ${ms(time)}`).join(', ')}`);
		if (cpu) {
			// Self time per function inside the click → rendered window (profile times share the trace clock).
			const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
			const selfTime = new Map<string, number>();
			let time = cpu.startTime;
			for (let i = 0; i < cpu.samples.length; i += 1) {
				time += cpu.timeDeltas[i]!;
				const delta = cpu.timeDeltas[i + 1] ?? 0;
				if (time < clickEvent.ts || time > renderedEvent.ts) continue;
				const frame = byId.get(cpu.samples[i]!)!.callFrame;
				const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
				selfTime.set(key, (selfTime.get(key) ?? 0) + delta);
			}
			const top = [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 25));
			console.log('  JS self time (sampling profiler):');
			for (const [key, value] of top) console.log(`    ${ms(value).padStart(7)}  ${key}`);
		}
		await context.close();
	}
} finally {
	await browser.close();
	await site.close();
}
