/**
 * "Compare": runs the editor's request against two saved connections at once (the mock and a
 * deployment, two deployments, one deployment at two api-versions) and shows both in one table:
 * status, time to first token, total time, tokens and the answer. Each half succeeds or fails on
 * its own; a half whose connection needs fixing says so in its row without stopping the other.
 */
import { buildRunRequest, type Operation } from '../../lib/runnable/connection.ts';
import { connectionLabel, type SavedConnection } from '../../lib/runnable/saved-connections.ts';
import { explainFailure } from '../../lib/runnable/troubleshooting.ts';
import { h, uniqueId } from './dom.ts';
import { formatMs } from './response-view.ts';
import { usageText } from './usage-text.ts';
import { runRequest, type RunOutcome } from './run-request.ts';

export interface CompareViewOptions {
	operation: Operation;
	/** The editor's request, parsed; a string is the reason it cannot be sent. */
	getBody(): { ok: true; text: string; body: unknown } | { ok: false; message: string };
	getConnections(): readonly SavedConnection[];
	activeId(): string;
	/** Opens the connection settings (to add a second connection). */
	openConnections(): void;
	/** Each finished half, for the history. */
	onRun?(connection: SavedConnection, text: string, outcome: RunOutcome, startedAt: number): void;
}

export interface CompareView {
	button: HTMLButtonElement;
	element: HTMLElement;
	/** Re-lists the connections (they changed in the connection panel). */
	refresh(): void;
}

function statusOf(outcome: RunOutcome): string {
	if (outcome.kind === 'network-error') return 'Network error';
	if (outcome.kind === 'stopped') return 'Stopped';
	return outcome.status ? `${outcome.status} ${outcome.statusText ?? ''}`.trim() : 'No answer';
}

function tokensOf(outcome: RunOutcome): string {
	const usage = 'usage' in outcome ? outcome.usage : undefined;
	return usage ? usageText(usage) : '—';
}

export function createCompareView(options: CompareViewOptions): CompareView {
	const regionId = uniqueId('runnable-compare');
	const button = h('button', { type: 'button', class: 'runnable-button', 'aria-expanded': 'false', 'aria-controls': regionId }, 'Compare');
	const first = h('select', { id: uniqueId('runnable-compare-a'), name: 'compareFirst' });
	const second = h('select', { id: uniqueId('runnable-compare-b'), name: 'compareSecond' });
	const runBoth = h('button', { type: 'button', class: 'runnable-button runnable-button--primary' }, 'Run both');
	const status = h('p', { class: 'runnable-compare-status', role: 'status' });
	const addButton = h('button', { type: 'button', class: 'runnable-button runnable-button--small' }, 'Open connection settings');
	addButton.addEventListener('click', () => options.openConnections());
	const single = h(
		'p',
		{ class: 'runnable-compare-single', hidden: true },
		'Only one connection is saved, so both halves would use it. Add another (a second deployment, or this one at another api-version) in the connection settings. ',
		addButton,
	);
	const body = h('tbody');
	const table = h(
		'table',
		{ class: 'runnable-compare-table', hidden: true },
		h('caption', {}, 'The same request on two connections'),
		h('thead', {}, h('tr', {}, ...['Connection', 'Status', 'Time to first token', 'Total time', 'Tokens', 'Answer or failure'].map((name) => h('th', { scope: 'col' }, name)))),
		body,
	);
	const element = h(
		'div',
		{ class: 'runnable-compare', id: regionId, role: 'group', 'aria-label': 'Compare two connections', hidden: true },
		h(
			'p',
			{ class: 'runnable-field-help' },
			'Runs the request in the editor on both connections at the same time. Add connections (or the same deployment at another api-version) in the connection settings.',
		),
		single,
		h(
			'div',
			{ class: 'runnable-compare-pickers' },
			h('div', { class: 'runnable-field' }, h('label', { for: first.id }, 'First connection'), first),
			h('div', { class: 'runnable-field' }, h('label', { for: second.id }, 'Second connection'), second),
		),
		h('p', {}, runBoth),
		status,
		h('div', { class: 'runnable-compare-scroll' }, table),
	);

	/** Lists the connections; `opening` preselects the active one first and another one second. */
	function refresh(opening = false) {
		const connections = options.getConnections();
		const keep = [first.value, second.value];
		for (const select of [first, second]) select.replaceChildren(...connections.map((c) => h('option', { value: c.id }, connectionLabel(c, options.operation))));
		const ids = connections.map((c) => c.id);
		first.value = !opening && ids.includes(keep[0]) ? keep[0] : options.activeId();
		second.value = ids.includes(keep[1]) && keep[1] !== first.value ? keep[1] : (ids.find((id) => id !== first.value) ?? first.value);
		previous = [first.value, second.value];
		single.hidden = connections.length > 1;
	}

	// Picking in one list what the other shows swaps them, so the two halves stay different.
	let previous = [first.value, second.value];
	for (const [select, other, index] of [
		[first, second, 0],
		[second, first, 1],
	] as const) {
		select.addEventListener('change', () => {
			if (select.value === other.value) other.value = previous[index];
			previous = [first.value, second.value];
		});
	}

	function row(connection: SavedConnection): { element: HTMLElement; cells: HTMLElement[] } {
		const cells = [
			h('td', { 'data-col': 'status' }, 'Running…'),
			h('td', { 'data-col': 'ttft' }, '—'),
			h('td', { 'data-col': 'total' }, '—'),
			h('td', { 'data-col': 'tokens' }, '—'),
			h('td', { 'data-col': 'answer' }),
		];
		return { element: h('tr', { 'data-state': 'running' }, h('th', { scope: 'row' }, connectionLabel(connection, options.operation)), ...cells), cells };
	}

	async function runHalf(connection: SavedConnection, text: string, body: unknown): Promise<boolean> {
		const { element: tr, cells } = row(connection);
		const [statusCell, ttftCell, totalCell, tokensCell, answerCell] = cells;
		table.tBodies[0].append(tr);
		const built = buildRunRequest(connection.settings, options.operation, body);
		if (!built.ok) {
			tr.dataset.state = 'error';
			statusCell.textContent = 'Not sent';
			answerCell.textContent = `This connection needs fixing first: ${Object.values(built.errors).join(' ')} Open the connection settings to fix it.`;
			return false;
		}
		const startedAt = Date.now();
		const outcome = await runRequest(built.request, new AbortController().signal);
		statusCell.textContent = statusOf(outcome);
		totalCell.textContent = formatMs(outcome.totalMs);
		if (outcome.firstTokenMs !== undefined) ttftCell.textContent = formatMs(outcome.firstTokenMs);
		tokensCell.textContent = tokensOf(outcome);
		const ok = outcome.kind === 'ok';
		tr.dataset.state = ok ? 'ok' : 'error';
		if (ok)
			answerCell.append(h('div', { class: 'runnable-compare-answer', tabindex: '0', role: 'region', 'aria-label': `Answer from ${connectionLabel(connection, options.operation)}` }, outcome.answer));
		else {
			const explanation =
				outcome.kind === 'http-error'
					? explainFailure({ status: outcome.status, body: outcome.body, problem: outcome.problem, retryAfterSeconds: outcome.retryAfterSeconds })
					: explainFailure({ networkError: 'message' in outcome ? outcome.message : 'The run ended early.', status: outcome.status });
			answerCell.append(h('p', { class: 'runnable-failure-title' }, explanation.title), h('p', {}, explanation.action));
			if (explanation.href) answerCell.append(h('p', {}, h('a', { href: explanation.href }, 'How to fix this: see Troubleshooting')));
		}
		options.onRun?.(connection, text, outcome, startedAt);
		return ok;
	}

	runBoth.addEventListener('click', async () => {
		const parsed = options.getBody();
		if (!parsed.ok) {
			status.textContent = parsed.message;
			return;
		}
		const connections = options.getConnections();
		const pair = [first.value, second.value].map((id) => connections.find((c) => c.id === id)).filter((c): c is SavedConnection => !!c);
		if (pair.length !== 2) return;
		runBoth.disabled = true;
		body.replaceChildren();
		table.hidden = false;
		status.textContent = 'Running on both connections…';
		const results = await Promise.all(pair.map((connection) => runHalf(connection, parsed.text, parsed.body)));
		const failed = results.filter((ok) => !ok).length;
		status.textContent = failed === 0 ? 'Both runs finished: compare the rows below.' : failed === 2 ? 'Both runs failed: see each row.' : 'One run succeeded and one failed: see each row.';
		runBoth.disabled = false;
	});

	button.addEventListener('click', () => {
		const open = element.hidden;
		element.hidden = !open;
		button.setAttribute('aria-expanded', String(open));
		if (open) {
			refresh(true);
			first.focus();
		}
	});
	refresh();
	return { button, element, refresh: () => refresh() };
}
