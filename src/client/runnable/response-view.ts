/**
 * The response area of one example: a status line, the figures of the run (status, total time,
 * time to first token, token usage), the answer, the passed-through headers, and for failures a
 * plain explanation with a link to the guide's Troubleshooting entry. The region is
 * aria-live="polite" and aria-busy while streaming, so screen readers hear the outcome once
 * instead of every chunk. Everything is written with textContent.
 */
import type { FailureExplanation } from '../../lib/runnable/troubleshooting.ts';
import type { Usage } from './answer.ts';
import { h } from './dom.ts';

export type StatusState = 'idle' | 'running' | 'ok' | 'error' | 'stopped';

export interface Figures {
	status?: string;
	totalMs?: number;
	firstTokenMs?: number;
	streamed?: boolean;
	usage?: Usage;
	usageHint?: string;
	finishReason?: string;
	/** Responses API: the response's own status (completed, incomplete, failed). */
	responseStatus?: string;
	/** The proxy's run id, so a reader can quote it. */
	runId?: string;
}

export interface ResponseView {
	element: HTMLElement;
	setStatus(state: StatusState, text: string): void;
	setBusy(busy: boolean): void;
	setFigures(figures: Figures): void;
	setAnswer(text: string, note?: string): void;
	appendAnswer(delta: string): void;
	setHeaders(headers: [string, string][]): void;
	setFailure(failure: FailureExplanation | null, extra?: HTMLElement): void;
	reset(): void;
}

export function formatMs(ms: number): string {
	return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export function createResponseView(): ResponseView {
	const status = h('p', { class: 'runnable-status', 'data-state': 'idle' });
	const figures = h('dl', { class: 'runnable-figures', hidden: true });
	const failure = h('div', { class: 'runnable-failure', hidden: true });
	const answerNote = h('p', { class: 'runnable-answer-note', hidden: true });
	const answerText = h('div', { class: 'runnable-answer-text' });
	const answer = h('div', { class: 'runnable-answer', hidden: true }, h('h4', { class: 'runnable-subheading' }, 'Answer'), answerNote, answerText);
	const headerList = h('dl', { class: 'runnable-headers-list' });
	const headers = h('details', { class: 'runnable-headers', hidden: true }, h('summary', {}, 'Response headers'), headerList);
	const element = h('section', { class: 'runnable-response', 'aria-live': 'polite', 'aria-label': 'Response' }, status, failure, figures, answer, headers);

	const view: ResponseView = {
		element,
		setStatus(state, text) {
			status.dataset.state = state;
			status.textContent = text;
		},
		setBusy(busy) {
			if (busy) element.setAttribute('aria-busy', 'true');
			else element.removeAttribute('aria-busy');
		},
		setFigures(values) {
			figures.replaceChildren();
			const add = (term: string, description: string) => figures.append(h('div', {}, h('dt', {}, term), h('dd', {}, description)));
			if (values.status) add('Status', values.status);
			if (values.totalMs !== undefined) add('Total time', formatMs(values.totalMs));
			if (values.firstTokenMs !== undefined) add(values.streamed ? 'Time to first token' : 'Time to first byte', formatMs(values.firstTokenMs));
			if (values.usage) {
				const u = values.usage;
				const parts = [
					u.prompt_tokens !== undefined && `${u.prompt_tokens} prompt`,
					u.completion_tokens !== undefined && `${u.completion_tokens} completion`,
					u.input_tokens !== undefined && `${u.input_tokens} input`,
					u.output_tokens !== undefined && `${u.output_tokens} output`,
					// Reasoning tokens are billed as output tokens, though the answer never shows them.
					u.reasoning_tokens !== undefined && `${u.reasoning_tokens} of them reasoning`,
					u.total_tokens !== undefined && `${u.total_tokens} total`,
				].filter(Boolean);
				add('Tokens', parts.join(' · '));
			} else if (values.usageHint) add('Tokens', values.usageHint);
			if (values.finishReason) add('Finish reason', values.finishReason);
			if (values.responseStatus) add('Response status', values.responseStatus);
			if (values.runId) add('Run id', values.runId);
			figures.hidden = figures.childElementCount === 0;
		},
		setAnswer(text, note) {
			answer.hidden = false;
			answerText.textContent = text;
			answerNote.textContent = note ?? '';
			answerNote.hidden = !note;
		},
		appendAnswer(delta) {
			answer.hidden = false;
			answerText.append(document.createTextNode(delta));
		},
		setHeaders(list) {
			headerList.replaceChildren(...list.map(([name, value]) => h('div', {}, h('dt', {}, name), h('dd', {}, value))));
			headers.hidden = list.length === 0;
		},
		setFailure(explanation, extra) {
			failure.replaceChildren();
			failure.hidden = !explanation;
			if (!explanation) return;
			failure.append(h('p', { class: 'runnable-failure-title' }, explanation.title), h('p', {}, explanation.explanation), h('p', {}, explanation.action));
			if (explanation.href) {
				failure.append(h('p', {}, h('a', { href: explanation.href, class: 'runnable-failure-link' }, 'How to fix this: see Troubleshooting')));
			}
			if (extra) failure.append(extra);
		},
		reset() {
			view.setFailure(null);
			figures.hidden = true;
			answer.hidden = true;
			answerText.textContent = '';
			headers.hidden = true;
		},
	};
	view.setStatus('idle', 'Not run yet. Press Run (or Ctrl+Enter in the editor).');
	return view;
}
