/**
 * The run panel's reader tools around one example, kept apart from example-view.ts (which only
 * places them and calls the hooks): run progress for slow models, the raw Events view, the tab's
 * run History, Share links, Compare on two connections, and opening a shared link.
 */
import { type ConnectionSettings, type Operation } from '../../lib/runnable/connection.ts';
import { addHistoryEntry, type HistoryEntry } from '../../lib/runnable/history.ts';
import { connectionLabel, defaultConnectionName, type SavedConnection } from '../../lib/runnable/saved-connections.ts';
import { secretsOf } from '../../lib/runnable/secrets.ts';
import { readShareFragment, unknownExampleMessage, wrongOperationMessage } from '../../lib/runnable/share-link.ts';
import { createCompareView } from './compare-view.ts';
import { openConnectionPanel } from './connection-panel.ts';
import { addConnection, getActiveConnection, getConnection, getConnections, onConnectionChange } from './connection-store.ts';
import { h } from './dom.ts';
import { createEventsView } from './events-view.ts';
import { createHistoryView } from './history-view.ts';
import type { RunOutcome, RunProgress } from './run-request.ts';
import { createRunProgress } from './run-state.ts';
import { createShareView } from './share-view.ts';

export interface PanelFeatureOptions {
	wrapper: HTMLElement;
	operation: Operation;
	getText(): string;
	setText(text: string): void;
	focusEditor(): void;
	run(): void;
}

function tabStorage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}

const allSecrets = () => secretsOf(getConnections().map((c) => c.settings.secret));

function statusOf(outcome: RunOutcome): string {
	if (outcome.kind === 'network-error') return 'Network error';
	if (outcome.kind === 'stopped' && !outcome.status) return 'Stopped';
	const status = outcome.status ? `${outcome.status} ${outcome.statusText ?? ''}`.trim() : 'No answer';
	return outcome.kind === 'stopped' ? `${status} · stopped` : outcome.kind === 'interrupted' ? `${status} · interrupted` : status;
}

function answerOf(outcome: RunOutcome): string {
	if ('answer' in outcome) return outcome.answer;
	if (outcome.kind === 'http-error') return outcome.problem?.detail ?? (typeof outcome.body === 'string' ? outcome.body : JSON.stringify(outcome.body, null, 2));
	return outcome.message;
}

export function createPanelFeatures(options: PanelFeatureOptions) {
	const { wrapper, operation } = options;
	// Set by the page's enhancer (enhance.ts) before any example opens.
	const exampleId = wrapper.dataset.exampleId ?? '';
	const page = location.pathname;

	const progress = createRunProgress();
	const events = createEventsView();
	const history = createHistoryView({
		page,
		exampleId,
		storage: tabStorage,
		restore(entry) {
			options.setText(entry.request);
			options.focusEditor();
		},
		runAgain(entry) {
			options.setText(entry.request);
			options.run();
		},
	});

	function record(connection: SavedConnection, text: string, outcome: RunOutcome, startedAt: number) {
		const entry: HistoryEntry = {
			id: `${startedAt}-${Math.random().toString(36).slice(2, 8)}`,
			at: startedAt,
			page,
			exampleId,
			operation,
			request: text,
			connection: connectionLabel(connection, operation),
			outcome: outcome.kind,
			status: statusOf(outcome),
			totalMs: outcome.totalMs,
			...(outcome.firstTokenMs !== undefined ? { firstTokenMs: outcome.firstTokenMs } : {}),
			streamed: outcome.streamed,
			...('usage' in outcome && outcome.usage ? { usage: outcome.usage } : {}),
			answer: answerOf(outcome),
		};
		addHistoryEntry(tabStorage(), entry, allSecrets());
		history.refresh();
	}

	const share = createShareView({ exampleId, operation, getText: options.getText, getConnection, getSecrets: () => getConnections().map((c) => c.settings.secret) });
	const compare = createCompareView({
		operation,
		getBody() {
			const text = options.getText();
			try {
				const body: unknown = JSON.parse(text);
				if (typeof body !== 'object' || body === null || Array.isArray(body))
					return { ok: false, message: 'The request body must be a JSON object ({ … }). Fix it in the editor and press Run both again.' };
				return { ok: true, text, body };
			} catch (error) {
				return { ok: false, message: `The request body is not valid JSON (${(error as Error).message}). Fix it in the editor and press Run both again.` };
			}
		},
		getConnections,
		activeId: () => getActiveConnection().id,
		openConnections: () => openConnectionPanel(),
		onRun: record,
	});
	onConnectionChange(() => compare.refresh());

	const shareNotice = h('p', { class: 'runnable-share-notice', role: 'status', hidden: true });

	return {
		/** Buttons for the example's action row, after its own. */
		actionButtons: [share.button, compare.button] as HTMLElement[],
		/** Regions right under the action row. */
		actionRegions: [share.element, compare.element] as HTMLElement[],
		progressElement: progress.element,
		/** Regions after the response. */
		afterResponse: [events.element, history.element] as HTMLElement[],
		shareNotice,

		/** The request a shared link (`#run=…`) brings for this example, if any; shows why when it is refused. */
		sharedText(): string | undefined {
			const read = readShareFragment(location.hash);
			if (read.kind === 'none') return undefined;
			const wantedId = read.kind === 'ok' ? read.shared.exampleId : read.exampleId;
			const examples = [...document.querySelectorAll<HTMLElement>('.runnable-example')];
			const index = examples.indexOf(wrapper);
			const targetIndex = examples.findIndex((w) => w.dataset.exampleId === wantedId);
			const mine = targetIndex === index || (targetIndex === -1 && index === 0);
			if (!mine) return undefined;
			// The fragment has done its job; a reload should not apply it over later edits.
			dropShareFragment();
			const say = (text: string, state: string) => {
				shareNotice.hidden = false;
				shareNotice.dataset.state = state;
				shareNotice.textContent = text;
			};
			if (targetIndex === -1) {
				say(unknownExampleMessage(wantedId), 'refused');
				return undefined;
			}
			if (read.kind === 'refused') {
				say(read.message, 'refused');
				return undefined;
			}
			if (read.shared.operation !== operation) {
				say(wrongOperationMessage(read.shared.operation, operation), 'refused');
				return undefined;
			}
			let text = "Opened the request from a shared link. Run it with your own connection; nothing from the sender's connection was used.";
			if (read.shared.target) {
				const settings: ConnectionSettings = {
					...getConnection(),
					endpoint: read.shared.target.endpoint,
					deployment: read.shared.target.deployment,
					apiVersion: read.shared.target.apiVersion,
					secret: '',
					remember: false,
				};
				const added = addConnection(`Shared link: ${defaultConnectionName(settings)}`, settings);
				text = `Opened the request from a shared link. It also names an endpoint and deployment, added to your connections as "${added.name}" without a key: choose it in the connection settings and enter your key to use it.`;
			}
			say(text, 'ok');
			return read.shared.body;
		},

		/** Hooks for one run: wraps the progress callbacks, and records the run when it ends. */
		runStarted(body: Record<string, unknown>): { progress: (inner: RunProgress) => RunProgress; finished(text: string, outcome: RunOutcome): void } {
			const connection = getActiveConnection();
			const startedAt = Date.now();
			events.reset();
			progress.start(body.stream === true);
			return {
				progress: (inner) => ({
					onResponse(info) {
						progress.responded(info.streaming);
						inner.onResponse?.(info);
					},
					onText(delta, answer) {
						progress.text();
						inner.onText?.(delta, answer);
					},
					onEvent(event) {
						events.add(event);
						progress.event();
						inner.onEvent?.(event);
					},
				}),
				finished(text, outcome) {
					progress.finish();
					events.finish(outcome.streamed);
					record(connection, text, outcome, startedAt);
				},
			};
		},
	};
}

function dropShareFragment() {
	try {
		window.history.replaceState(window.history.state, '', location.pathname + location.search);
	} catch {
		// Without the History API the fragment stays; harmless.
	}
}
