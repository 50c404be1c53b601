/**
 * The "History" view of one example: its runs in this tab, newest first, each with the
 * connection it went to, status, timings, tokens and answer, and two actions: restore the request
 * into the editor, or run it again. A <details> disclosure, so it opens with Enter or Space and
 * screen readers announce it as expandable; "Clear history" removes this example's runs.
 */
import { clearHistory, historyOf, loadHistory, type HistoryEntry } from '../../lib/runnable/history.ts';
import { h } from './dom.ts';
import { formatMs } from './response-view.ts';
import { usageText } from './usage-text.ts';

export interface HistoryViewOptions {
	page: string;
	exampleId: string;
	storage: () => Storage | undefined;
	restore(entry: HistoryEntry): void;
	runAgain(entry: HistoryEntry): void;
}

export interface HistoryView {
	element: HTMLDetailsElement;
	refresh(): void;
	/** Opens the view and focuses its newest run (used after "Run again" keeps focus in place). */
	open(): void;
}

function when(at: number): string {
	return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function tokens(entry: HistoryEntry): string | undefined {
	return entry.usage ? usageText(entry.usage) : undefined;
}

export function createHistoryView(options: HistoryViewOptions): HistoryView {
	const summary = h('summary', {}, 'History');
	const status = h('p', { class: 'runnable-history-status', role: 'status' });
	const clear = h('button', { type: 'button', class: 'runnable-button runnable-button--small' }, 'Clear history');
	const list = h('ol', { class: 'runnable-history-list', reversed: true });
	const empty = h(
		'p',
		{ class: 'runnable-history-empty' },
		'No runs yet in this tab. Each run of this example is listed here, newest first; the list is kept until the tab closes and never holds your key.',
	);
	const element = h(
		'details',
		{ class: 'runnable-history' },
		summary,
		h('div', { class: 'runnable-history-inner' }, h('p', { class: 'runnable-history-actions' }, clear), status, empty, list),
	) as HTMLDetailsElement;

	function entryItem(entry: HistoryEntry, position: number): HTMLElement {
		const label = `run ${position} (${when(entry.at)})`;
		const restore = h(
			'button',
			{ type: 'button', class: 'runnable-button runnable-button--small', 'aria-label': `Restore into editor: the request of ${label}`, disabled: entry.requestTruncated },
			'Restore into editor',
		);
		const again = h('button', { type: 'button', class: 'runnable-button runnable-button--small', 'aria-label': `Run again: the request of ${label}`, disabled: entry.requestTruncated }, 'Run again');
		restore.addEventListener('click', () => {
			options.restore(entry);
			status.textContent = `Restored the request of ${label} into the editor.`;
		});
		again.addEventListener('click', () => options.runAgain(entry));
		const facts = h('dl', { class: 'runnable-history-facts' });
		const add = (term: string, value: string | undefined) => value && facts.append(h('div', {}, h('dt', {}, term), h('dd', {}, value)));
		add('Connection', entry.connection);
		add('Status', entry.status);
		add('Total time', formatMs(entry.totalMs));
		if (entry.firstTokenMs !== undefined) add(entry.streamed ? 'Time to first token' : 'Time to first byte', formatMs(entry.firstTokenMs));
		add('Tokens', tokens(entry));
		return h(
			'li',
			{ class: 'runnable-history-entry', 'data-outcome': entry.outcome },
			h('p', { class: 'runnable-history-title' }, h('strong', {}, `Run ${position}`), ` at ${when(entry.at)} · ${entry.status}`),
			facts,
			h(
				'details',
				{ class: 'runnable-history-request' },
				h('summary', {}, 'Request as sent'),
				h('pre', { tabindex: '0' }, entry.request),
				entry.requestTruncated ? h('p', {}, 'Too long to keep whole: only the beginning was kept, so it cannot be restored.') : null,
			),
			entry.answer
				? h(
						'details',
						{ class: 'runnable-history-answer' },
						h('summary', {}, 'Answer'),
						h('pre', { tabindex: '0' }, entry.answer),
						entry.answerTruncated ? h('p', {}, 'Only the beginning of the answer was kept.') : null,
					)
				: null,
			h('p', { class: 'runnable-history-buttons' }, restore, again),
		);
	}

	function refresh() {
		const entries = historyOf(loadHistory(options.storage()), options.page, options.exampleId);
		summary.textContent = entries.length === 0 ? 'History' : `History (${entries.length} ${entries.length === 1 ? 'run' : 'runs'})`;
		list.replaceChildren(...entries.map((entry, i) => entryItem(entry, entries.length - i)));
		empty.hidden = entries.length > 0;
		list.hidden = entries.length === 0;
		clear.hidden = entries.length === 0;
	}

	clear.addEventListener('click', () => {
		clearHistory(options.storage(), (entry) => !(entry.page === options.page && entry.exampleId === options.exampleId));
		refresh();
		status.textContent = 'History cleared for this example.';
		summary.focus();
	});
	refresh();
	return {
		element,
		refresh,
		open() {
			element.open = true;
		},
	};
}
