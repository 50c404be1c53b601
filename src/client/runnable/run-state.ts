/**
 * What a run is doing while the reader waits, for slow (reasoning) models that think before they
 * answer: the elapsed time and one of "waiting for the first event", "model is thinking (no
 * tokens yet)" (the stream is open, events arrive, no text yet) and "streaming". Only the phase
 * is announced (aria-live); the clock ticks silently and can be read on demand.
 */
import { h } from './dom.ts';

export type RunPhase = 'idle' | 'waiting' | 'waiting-json' | 'thinking' | 'streaming' | 'done';

export const PHASE_TEXT: Record<Exclude<RunPhase, 'idle'>, string> = {
	waiting: 'Waiting for the first event',
	'waiting-json': 'Waiting for the answer (not streamed: it arrives in one piece)',
	thinking: 'Model is thinking (no tokens yet)',
	streaming: 'Streaming',
	done: 'Finished',
};

export interface RunProgressView {
	element: HTMLElement;
	/** A run was sent; `streaming` = the request asked for a stream (`"stream": true`). */
	start(streaming: boolean): void;
	/** Response headers arrived. */
	responded(streaming: boolean): void;
	/** An event arrived (any event: annotations, role, usage, a Responses lifecycle event). */
	event(): void;
	/** Answer text arrived. */
	text(): void;
	finish(): void;
	readonly phase: RunPhase;
}

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}

export function createRunProgress(): RunProgressView {
	const label = h('span', { class: 'runnable-progress-phase', 'aria-live': 'polite' });
	const clock = h('span', { class: 'runnable-progress-clock' });
	const element = h('p', { class: 'runnable-progress', 'data-phase': 'idle', hidden: true }, label, ' · ', h('span', {}, 'elapsed '), clock);
	let phase: RunPhase = 'idle';
	let started = 0;
	let timer: number | undefined;

	function set(next: RunPhase) {
		if (phase === next) return;
		phase = next;
		element.dataset.phase = next;
		if (next !== 'idle') label.textContent = next === 'done' ? PHASE_TEXT.done : `${PHASE_TEXT[next]}…`;
	}
	const tick = () => {
		clock.textContent = seconds(performance.now() - started);
	};

	return {
		element,
		get phase() {
			return phase;
		},
		start(streaming) {
			started = performance.now();
			element.hidden = false;
			phase = 'idle';
			// Without streaming the proxy relays the answer whole: nothing arrives before it.
			set(streaming ? 'waiting' : 'waiting-json');
			tick();
			window.clearInterval(timer);
			timer = window.setInterval(tick, 100);
		},
		responded(streaming) {
			if (!streaming && phase === 'waiting') set('waiting-json');
		},
		event() {
			if (phase === 'waiting' || phase === 'waiting-json') set('thinking');
		},
		text() {
			if (phase === 'waiting' || phase === 'thinking') set('streaming');
		},
		finish() {
			window.clearInterval(timer);
			timer = undefined;
			tick();
			set('done');
		},
	};
}
