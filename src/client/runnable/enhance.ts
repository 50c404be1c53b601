/**
 * Page-load script for runnable examples: kept tiny on purpose. It adds an "Edit & run" button
 * to each `.runnable-example` (rendered by remark-runnable or <RunnableRequest>) and a
 * "Connection" button to the page header. Everything else (the run UI, then Monaco and its
 * styles) is fetched with dynamic import() only when the reader shows intent: the pointer over
 * "Edit & run" or focus on it starts the fetch, so the click finds the editor's code on its way
 * or already there. Pages without runnable examples do nothing at all.
 *
 * An example the reader edited earlier in this tab reopens by itself after a reload, with the
 * edit restored (the reader has already chosen to load the editor in this tab); so does one with
 * runs in this tab's history, and the example a share link (`#run=<example id>&…`) names.
 */
import { draftKey, loadDraft } from '../../lib/runnable/drafts.ts';
import { dedupeExampleIds, idFromText } from '../../lib/runnable/example-id.ts';
import { HISTORY_STORAGE_KEY } from '../../lib/runnable/history.ts';
import { loadEditorCode } from './editor-code.ts';
import { originalText } from './sample-text.ts';

const examples = [...document.querySelectorAll<HTMLElement>('.runnable-example')];
// Each example's id, final once written back here: the build's (author id or title), else one
// from the sample text, de-duplicated in page order (an .mdx page's components cannot see each other).
dedupeExampleIds(examples.map((wrapper) => wrapper.dataset.exampleId || idFromText(originalText(wrapper)))).forEach((id, i) => {
	examples[i]!.dataset.exampleId = id;
});

function loadUi() {
	return import('./ui.ts');
}

/** Signs that the reader is about to press "Edit & run" (a touch starts with touchstart). */
const INTENT_EVENTS = ['pointerenter', 'focus', 'touchstart'] as const;
let preloading = false;

/**
 * Fetches the run UI and Monaco side by side (Monaco does not wait for the run UI to arrive). A
 * failure is left to the click, which retries and falls back to a text box.
 */
function preloadEditor() {
	if (preloading) return;
	preloading = true;
	loadEditorCode().catch(() => undefined);
	void loadUi().catch(() => {
		preloading = false; // the click retries and reports the failure
	});
}

function button(label: string, className: string, onClick: (event: MouseEvent) => void): HTMLButtonElement {
	const element = document.createElement('button');
	element.type = 'button';
	element.className = className;
	element.textContent = label;
	element.addEventListener('click', onClick);
	return element;
}

function openConnection() {
	void loadUi().then((ui) => ui.openConnectionPanel());
}

function open(wrapper: HTMLElement, focus: boolean, trigger?: HTMLButtonElement) {
	// The editor's code is needed in any case: start its fetch now, alongside the run UI's.
	loadEditorCode().catch(() => undefined);
	if (trigger) {
		trigger.disabled = true;
		trigger.textContent = 'Opening the editor…';
	}
	loadUi()
		.then((ui) => ui.openExample(wrapper, { focus }))
		.catch((error: unknown) => {
			console.error('The runnable example could not open.', error);
			if (trigger) {
				trigger.disabled = false;
				trigger.textContent = 'Edit & run (failed to load, try again)';
			}
		});
}

function hasDraft(wrapper: HTMLElement): boolean {
	try {
		return loadDraft(sessionStorage, draftKey(location.pathname, wrapper.dataset.exampleId!), originalText(wrapper)) !== null;
	} catch {
		return false;
	}
}

/** True when this tab's history has a run of the example (a cheap text check; the panel reads it properly). */
function hasHistory(wrapper: HTMLElement): boolean {
	try {
		const raw = sessionStorage.getItem(HISTORY_STORAGE_KEY);
		return !!raw && raw.includes(`"page":${JSON.stringify(location.pathname)},"exampleId":${JSON.stringify(wrapper.dataset.exampleId)}`);
	} catch {
		return false;
	}
}

/** The example a share link names (the first one when the link is unreadable or names none here). */
function sharedExampleIndex(): number {
	if (!location.hash.startsWith('#run=')) return -1;
	let id = '';
	try {
		id = new URLSearchParams(location.hash.slice(1)).get('run') ?? '';
	} catch {
		// An unreadable link opens the first example, which explains the problem.
	}
	return Math.max(
		0,
		examples.findIndex((wrapper) => wrapper.dataset.exampleId === id),
	);
}

if (examples.length > 0) {
	const shared = sharedExampleIndex();
	examples.forEach((wrapper, index) => {
		const title = wrapper.dataset.title;
		const edit = button('Edit & run', 'runnable-button runnable-button--primary runnable-open', () => {
			performance.mark('runnable:open-click');
			open(wrapper, true, edit);
		});
		if (title) edit.setAttribute('aria-label', `Edit & run: ${title}`);
		for (const type of INTENT_EVENTS) edit.addEventListener(type, preloadEditor, { passive: true });
		const connection = button('Connection…', 'runnable-button runnable-connection-button', openConnection);
		connection.setAttribute('aria-haspopup', 'dialog');
		const bar = document.createElement('div');
		bar.className = 'runnable-bar not-content';
		bar.append(edit, connection);
		wrapper.append(bar);
		wrapper.dataset.state = 'ready';
		if (index === shared) {
			open(wrapper, false);
			wrapper.scrollIntoView({ block: 'start' });
		} else if (hasDraft(wrapper) || hasHistory(wrapper)) open(wrapper, false);
	});

	// The header button: the same panel, reachable from anywhere on the page. It sits next to
	// Starlight's search button, the one header control visible at every screen width.
	const searchSlot = document.querySelector('header site-search')?.parentElement;
	if (searchSlot) {
		const headerButton = button('Connection', 'runnable-header-button', openConnection);
		headerButton.setAttribute('aria-haspopup', 'dialog');
		headerButton.setAttribute('aria-label', 'Connection for runnable examples');
		headerButton.title = 'Connection for runnable examples: your Azure OpenAI resource, or the built-in mock';
		searchSlot.append(headerButton);
	}
}
