/**
 * The "Events" view of a streamed run: every server-sent event as it arrived, with its name, the
 * time since the request was sent and its data, each copyable. The site's own run service ends a
 * broken stream with an `event: error` whose data is a problem object
 * (`urn:llm-provider-guides:proxy-problem:…`); that one is marked as coming from the run
 * service, not from Azure. Everything is written as text.
 */
import { copyText } from './copy-text.ts';
import { h } from './dom.ts';
import { formatMs } from './response-view.ts';

/** Rows kept in the page; a runaway stream should not freeze the tab. */
export const MAX_EVENT_ROWS = 2000;
const PROXY_PROBLEM = 'urn:llm-provider-guides:proxy-problem:';

export interface RawEvent {
	name: string;
	data: string;
	atMs: number;
}

export interface EventsView {
	element: HTMLElement;
	/** A new run started: forget the previous run's events. */
	reset(): void;
	add(event: RawEvent): void;
	/** The run ended; the view shows only when the run was streamed. */
	finish(streamed: boolean): void;
	readonly events: readonly RawEvent[];
}

/** The problem title when `event` is the run service's own final error event. */
export function proxyProblemTitle(event: RawEvent): string | undefined {
	if (event.name !== 'error') return undefined;
	try {
		const data = JSON.parse(event.data) as { type?: unknown; title?: unknown; detail?: unknown };
		if (typeof data.type === 'string' && data.type.startsWith(PROXY_PROBLEM)) return typeof data.detail === 'string' ? `${data.title}: ${data.detail}` : String(data.title);
	} catch {
		// Not JSON: not ours.
	}
	return undefined;
}

function asText(events: readonly RawEvent[]): string {
	return events.map((e) => `event: ${e.name}\ndata: ${e.data}\n`).join('\n');
}

export function createEventsView(): EventsView {
	const summary = h('summary', {}, 'Events');
	const status = h('p', { class: 'runnable-events-status', role: 'status' });
	const copyAll = h('button', { type: 'button', class: 'runnable-button runnable-button--small' }, 'Copy all events');
	const body = h('tbody');
	const more = h('p', { class: 'runnable-events-more', hidden: true });
	const table = h(
		'table',
		{ class: 'runnable-events-table' },
		h('caption', {}, 'Server-sent events in the order they arrived'),
		h(
			'thead',
			{},
			h(
				'tr',
				{},
				h('th', { scope: 'col' }, '#'),
				h('th', { scope: 'col' }, 'Event'),
				h('th', { scope: 'col' }, 'Time since sent'),
				h('th', { scope: 'col' }, 'Data'),
				h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Copy')),
			),
		),
		body,
	);
	const element = h(
		'details',
		{ class: 'runnable-events', hidden: true },
		summary,
		h(
			'div',
			{ class: 'runnable-events-inner' },
			h('p', { class: 'runnable-events-actions' }, copyAll),
			status,
			h('div', { class: 'runnable-events-scroll', tabindex: '0', role: 'region', 'aria-label': 'Events (scrolls)' }, table),
			more,
		),
	);
	const events: RawEvent[] = [];

	const say = (text: string) => {
		status.textContent = text;
	};
	copyAll.addEventListener('click', async () => {
		say((await copyText(asText(events))) ? `Copied ${events.length} events to the clipboard.` : 'Could not reach the clipboard; select the data in the table and copy it.');
	});

	function row(event: RawEvent, index: number): HTMLElement {
		const problem = proxyProblemTitle(event);
		const copy = h('button', { type: 'button', class: 'runnable-button runnable-button--small', 'aria-label': `Copy the data of event ${index + 1} (${event.name})` }, 'Copy');
		copy.addEventListener('click', async () => {
			say((await copyText(event.data)) ? `Copied the data of event ${index + 1}.` : 'Could not reach the clipboard; select the data and copy it.');
		});
		const name = h('td', { class: 'runnable-event-name' }, h('code', {}, event.name));
		if (problem) name.append(h('span', { class: 'runnable-event-origin' }, " from this site's run service (not from Azure)"));
		return h(
			'tr',
			{ class: problem ? 'runnable-event runnable-event--problem' : 'runnable-event' },
			h('td', {}, String(index + 1)),
			name,
			h('td', {}, `+${formatMs(event.atMs)}`),
			h('td', {}, h('pre', { class: 'runnable-event-data' }, event.data), problem ? h('p', { class: 'runnable-event-problem' }, `The run service ended the stream: ${problem}`) : null),
			h('td', {}, copy),
		);
	}

	return {
		element,
		events,
		reset() {
			events.length = 0;
			body.replaceChildren();
			more.hidden = true;
			status.textContent = '';
			summary.textContent = 'Events';
			element.hidden = true;
		},
		add(event) {
			events.push(event);
			// Shown as soon as the first event arrives, so a stalled stream can be inspected while it waits.
			element.hidden = false;
			summary.textContent = `Events (${events.length})`;
			if (events.length <= MAX_EVENT_ROWS) body.append(row(event, events.length - 1));
			else {
				more.hidden = false;
				more.textContent = `${events.length - MAX_EVENT_ROWS} more events are not shown; "Copy all events" copies every one.`;
			}
		},
		finish(streamed) {
			element.hidden = !streamed || events.length === 0;
		},
	};
}
