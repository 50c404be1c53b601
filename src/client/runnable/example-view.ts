/**
 * Upgrades one runnable example in place: the highlighted sample is replaced by an editor
 * holding the request body, with Run / Stop / Reset, the connection in use, the response area
 * and "Copy as". Each edit is saved for this tab (sessionStorage) so a reload restores it.
 */
import { buildRunRequest, connectionFieldFor, describeConnection, isMockMode, type Operation } from '../../lib/runnable/connection.ts';
import { clearDraft, draftKey, loadDraft, saveDraft } from '../../lib/runnable/drafts.ts';
import { explainFailure, explainResponseFailed, type FailureExplanation } from '../../lib/runnable/troubleshooting.ts';
import { connectionLabel } from '../../lib/runnable/saved-connections.ts';
import { openConnectionPanel, MOCK_NOTICE } from './connection-panel.ts';
import { getActiveConnection, getConnection, onConnectionChange } from './connection-store.ts';
import { createPanelFeatures } from './panel-features.ts';
import { createCopyAs } from './copy-as.ts';
import { h, uniqueId } from './dom.ts';
import { createRequestEditor, type RequestEditor } from './request-editor.ts';
import { createResponseView, formatMs } from './response-view.ts';
import { fitSubheadings } from './subheading-level.ts';
import { runButtons } from './run-buttons.ts';
import { runRequest, type RunOutcome } from './run-request.ts';
import { originalText } from './sample-text.ts';

export interface OpenOptions {
	/** Move focus into the editor (true when the reader clicked; false when restoring after a reload). */
	focus: boolean;
}

function tabStorage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}

const opened = new WeakMap<HTMLElement, Promise<void>>();

const DEFAULT_TITLES: Record<Operation, string> = {
	'chat/completions': 'Chat completions request',
	embeddings: 'Embeddings request',
	responses: 'Responses API request',
};

export function openExample(wrapper: HTMLElement, options: OpenOptions): Promise<void> {
	let done = opened.get(wrapper);
	if (!done) {
		done = build(wrapper, options);
		opened.set(wrapper, done);
	}
	return done;
}

async function build(wrapper: HTMLElement, options: OpenOptions): Promise<void> {
	performance.mark('runnable:open-start');
	const operation: Operation = wrapper.dataset.operation === 'embeddings' || wrapper.dataset.operation === 'responses' ? wrapper.dataset.operation : 'chat/completions';
	const title = wrapper.dataset.title || DEFAULT_TITLES[operation];
	const original = originalText(wrapper);
	// Set by the page's enhancer (enhance.ts) before any example opens.
	const exampleId = wrapper.dataset.exampleId!;
	const key = draftKey(location.pathname, exampleId);
	let editor: RequestEditor | undefined;
	let run: () => Promise<void> = async () => {};
	const features = createPanelFeatures({
		wrapper,
		operation,
		getText: () => editor?.getValue() ?? '',
		setText: (text) => editor?.setValue(text),
		focusEditor: () => editor?.focus(),
		run: () => void run(),
	});
	const shared = features.sharedText();
	if (shared !== undefined) saveDraft(tabStorage(), key, shared, original);
	const draft = loadDraft(tabStorage(), key, original);

	const sample = wrapper.querySelector<HTMLElement>('.expressive-code') ?? wrapper.querySelector<HTMLElement>('pre');
	const bar = wrapper.querySelector<HTMLElement>('.runnable-bar');

	const editorHost = h('div', { class: 'runnable-editor', 'data-loading': 'true' }, h('p', { class: 'runnable-loading' }, 'Loading the editor…'));
	const hintId = uniqueId('runnable-hint');
	const hint = h('p', { class: 'runnable-hint', id: hintId }, 'Press Esc then Tab to leave the editor (or Ctrl+M to make Tab move focus). Ctrl+Enter runs the request.');
	const restoredReset = h('button', { type: 'button', class: 'runnable-button runnable-button--small' }, 'Reset to the original');
	const restored = h('p', { class: 'runnable-restored', hidden: !draft || shared !== undefined }, 'Restored your edited request from this tab. ', restoredReset);
	const runButton = h('button', { type: 'button', class: 'runnable-button runnable-button--primary', disabled: true }, 'Run');
	const stopButton = h('button', { type: 'button', class: 'runnable-button', disabled: true }, 'Stop');
	const resetButton = h('button', { type: 'button', class: 'runnable-button', disabled: true }, 'Reset request');
	const connectionButton = h('button', { type: 'button', class: 'runnable-button runnable-connection-button', 'aria-haspopup': 'dialog' });
	const modeNote = h('p', { class: 'runnable-mode-note' });
	// The Responses API keeps every response unless told otherwise (issue 9): say so where it runs.
	const storeNote =
		operation === 'responses'
			? h('p', { class: 'runnable-store-note' }, 'The Responses API stores each response in your resource by default; send "store": false in the body to keep nothing stored.')
			: undefined;
	const response = createResponseView();
	const copyAs = createCopyAs(operation);
	const panel = h(
		'div',
		{ class: 'runnable-panel not-content', role: 'group', 'aria-label': `Edit and run: ${title}` },
		features.shareNotice,
		restored,
		editorHost,
		hint,
		h('div', { class: 'runnable-actions' }, runButton, stopButton, resetButton, connectionButton, ...features.actionButtons),
		...features.actionRegions,
		modeNote,
		...(storeNote ? [storeNote] : []),
		features.progressElement,
		response.element,
		...features.afterResponse,
		copyAs.element,
	);

	if (sample) sample.hidden = true;
	bar?.remove();
	wrapper.append(panel);
	fitSubheadings(panel, wrapper);
	wrapper.dataset.state = 'open';

	function showConnection() {
		const settings = getConnection();
		connectionButton.textContent = `Connection: ${connectionLabel(getActiveConnection(), operation)}`;
		modeNote.textContent = isMockMode(settings) ? MOCK_NOTICE + '.' : `Calling your Azure OpenAI resource (${describeConnection(settings, operation)}).`;
		modeNote.classList.toggle('runnable-mode-note--mock', isMockMode(settings));
	}
	showConnection();
	onConnectionChange(() => {
		showConnection();
		if (editor) copyAs.update(editor.getValue());
	});
	connectionButton.addEventListener('click', () => openConnectionPanel());

	let previewTimer: number | undefined;
	editor = await createRequestEditor(editorHost, {
		text: draft ?? original,
		operation,
		modelName: `${location.pathname}#${exampleId}`,
		label: `Request body (JSON) for ${title}`,
		onChange(text) {
			saveDraft(tabStorage(), key, text, original);
			window.clearTimeout(previewTimer);
			previewTimer = window.setTimeout(() => copyAs.update(text), 150);
		},
		onRun: () => void run(),
		// During a run, Run is disabled and Stop is the control the reader wants next.
		leaveForward: () => (!runButton.disabled ? runButton : stopButton.disabled ? connectionButton : stopButton),
		leaveBackward: () => (restored.hidden ? null : restoredReset),
	});
	editorHost.removeAttribute('data-loading');
	editorHost.querySelector('.runnable-loading')?.remove();
	editorHost.setAttribute('aria-describedby', hintId);
	runButton.disabled = false;
	resetButton.disabled = false;
	copyAs.update(editor.getValue());
	if (options.focus) editor.focus();
	performance.mark('runnable:editor-ready');
	wrapper.dispatchEvent(new CustomEvent('runnable:ready', { bubbles: true }));

	function resetToOriginal() {
		editor!.setValue(original);
		clearDraft(tabStorage(), key);
		restored.hidden = true;
		editor!.focus();
	}
	restoredReset.addEventListener('click', resetToOriginal);
	resetButton.addEventListener('click', resetToOriginal);

	let controller: AbortController | undefined;
	const buttons = runButtons(runButton, stopButton);
	stopButton.addEventListener('click', () => controller?.abort());

	run = async function run() {
		if (controller) return; // one run at a time per example
		const text = editor!.getValue();
		let body: unknown;
		try {
			body = JSON.parse(text);
		} catch (error) {
			response.reset();
			response.setStatus('error', `The request body is not valid JSON (${(error as Error).message}). Fix it in the editor; problems are underlined.`);
			return;
		}
		if (typeof body !== 'object' || body === null || Array.isArray(body)) {
			response.reset();
			response.setStatus('error', 'The request body must be a JSON object ({ … }). Fix it in the editor and run again.');
			return;
		}
		const settings = getConnection();
		const built = buildRunRequest(settings, operation, body);
		if (!built.ok) {
			response.reset();
			response.setStatus('error', 'The connection needs fixing before this request can run: see the messages in the connection settings.');
			openConnectionPanel(built.errors);
			return;
		}
		const mock = isMockMode(settings);
		const targetName = describeConnection(settings, operation);
		controller = new AbortController();
		buttons.running();
		response.reset();
		response.setBusy(true);
		response.setStatus('running', `Sending to ${targetName}…`);
		let streamedAny = false;
		const tracker = features.runStarted(body as Record<string, unknown>);
		const outcome = await runRequest(
			built.request,
			controller.signal,
			tracker.progress({
				onResponse(info) {
					response.setHeaders(info.headers);
					response.setStatus('running', info.streaming ? `${info.status} ${info.statusText} · stream open…` : `${info.status} ${info.statusText} · reading the answer…`);
				},
				onText(delta) {
					if (!streamedAny) response.setAnswer('');
					streamedAny = true;
					response.appendAnswer(delta);
				},
			}),
		);
		tracker.finished(text, outcome);
		controller = undefined;
		// Before showOutcome: a refused field opens the connection panel, which then takes focus.
		buttons.idle();
		response.setBusy(false);
		showOutcome(outcome, mock, body as Record<string, unknown>);
	};

	function showOutcome(outcome: RunOutcome, mock: boolean, body: Record<string, unknown>) {
		const statusText = outcome.status ? `${outcome.status} ${outcome.statusText ?? ''}`.trim() : undefined;
		const streamedWithoutUsage = outcome.streamed && !('usage' in outcome && outcome.usage);
		// Responses streams carry usage in response.completed; only chat streams need stream_options.
		const usageHint =
			streamedWithoutUsage && operation !== 'responses' && !(body.stream_options as { include_usage?: boolean } | undefined)?.include_usage
				? 'not reported for streams unless the body has "stream_options": {"include_usage": true}'
				: undefined;
		const responseStatus = 'responseStatus' in outcome ? outcome.responseStatus : undefined;
		const figures = { status: statusText, totalMs: outcome.totalMs, firstTokenMs: outcome.firstTokenMs, streamed: outcome.streamed, usageHint, runId: outcome.runId, responseStatus };
		response.setHeaders(outcome.headers);
		switch (outcome.kind) {
			case 'ok':
				response.setFigures({ ...figures, usage: outcome.usage, finishReason: outcome.finishReason });
				response.setAnswer(outcome.answer);
				response.setStatus(
					'ok',
					`${statusText} · done in ${formatMs(outcome.totalMs)}${outcome.firstTokenMs !== undefined && outcome.streamed ? ` · first token after ${formatMs(outcome.firstTokenMs)}` : ''}.`,
				);
				return;
			case 'stopped':
				response.setFigures({ ...figures, usage: outcome.usage });
				response.setAnswer(outcome.answer, outcome.answer ? 'Stopped: partial answer, as received before you pressed Stop.' : 'Stopped before any text arrived.');
				response.setStatus('stopped', `Stopped after ${formatMs(outcome.totalMs)}. ${outcome.answer ? 'The partial answer is kept below.' : 'No text had arrived yet.'}`);
				return;
			case 'interrupted': {
				response.setFigures({ ...figures, usage: outcome.usage });
				if (outcome.answer) {
					response.setAnswer(
						outcome.answer,
						outcome.problem ? 'Incomplete: the answer as received before the run service ended the stream.' : 'Incomplete: the connection ended before the answer finished.',
					);
				}
				// The proxy's final `event: error` names the real cause; without it, the connection simply broke.
				const explanation = outcome.problem ? explainFailure({ status: outcome.status, problem: outcome.problem }) : explainFailure({ networkError: outcome.message, status: outcome.status });
				response.setFailure(explanation, fieldButton(explanation, mock));
				response.setStatus('error', `The answer stopped before it finished, after ${formatMs(outcome.totalMs)}${outcome.problem ? `: ${explanation.title}` : ''}.`);
				return;
			}
			case 'response-failed': {
				// HTTP said 200; the failure is inside the answer (response.failed or status failed).
				const explanation = explainResponseFailed(outcome.message);
				response.setFigures({ ...figures, usage: outcome.usage });
				if (outcome.answer) response.setAnswer(outcome.answer, 'Incomplete: the answer as received before the response failed.');
				response.setFailure(explanation);
				response.setStatus('error', `${statusText} · ${explanation.title} after ${formatMs(outcome.totalMs)}.`);
				return;
			}
			case 'network-error': {
				const explanation = explainFailure({ networkError: outcome.message });
				response.setFigures({ totalMs: outcome.totalMs, runId: outcome.runId });
				response.setFailure(explanation, fieldButton(explanation, mock));
				response.setStatus('error', `${explanation.title}.`);
				return;
			}
			case 'http-error': {
				const explanation = explainFailure({ status: outcome.status, body: outcome.body, problem: outcome.problem, retryAfterSeconds: outcome.retryAfterSeconds });
				response.setFigures(figures);
				response.setFailure(explanation, fieldButton(explanation, mock));
				response.setStatus('error', `${statusText} · ${explanation.title}.`);
				// A field the run service refused goes straight to that field of the connection panel.
				const field = connectionFieldFor(explanation.field);
				if (outcome.problem?.code === 'invalid_field' && field && (!mock || field === 'apiVersion')) openConnectionPanel({ [field]: explanation.explanation });
				return;
			}
		}
	}

	/** A button opening the connection panel with the message at the field to fix, when there is one. */
	function fieldButton(explanation: FailureExplanation, mock: boolean): HTMLElement | undefined {
		const field = connectionFieldFor(explanation.field);
		if (!field || (mock && field !== 'apiVersion')) return undefined;
		const button = h('button', { type: 'button', class: 'runnable-button runnable-button--small' }, 'Fix it in the connection settings');
		button.addEventListener('click', () => openConnectionPanel({ [field]: `${explanation.title}. ${explanation.action}` }));
		return h('p', {}, button);
	}

	runButton.addEventListener('click', () => void run());
}
