/**
 * The editor holding one example's request body: Monaco with the JSON language and the request
 * schema (completion, hover, validation), loaded on demand. If Monaco cannot load (offline, a
 * blocked chunk), a plain <textarea> takes its place so the reader can still edit and run.
 *
 * Keyboard: Monaco keeps Tab for indentation. "Esc then Tab" (or Shift+Tab) leaves the editor,
 * and Ctrl+M switches Tab to moving focus (Monaco's tab-focus mode). Ctrl/Cmd+Enter runs.
 */
import type { Operation } from '../../lib/runnable/connection.ts';
import { h } from './dom.ts';
import { loadEditorCode } from './editor-code.ts';

export interface RequestEditor {
	readonly kind: 'monaco' | 'textarea';
	getValue(): string;
	setValue(text: string): void;
	focus(): void;
	/** Problems the editor found (JSON syntax and schema), as "line N: message". */
	problems(): string[];
	dispose(): void;
}

export interface EditorOptions {
	text: string;
	operation: Operation;
	/** Unique per example on the page; becomes part of the model URI. */
	modelName: string;
	label: string;
	onChange(text: string): void;
	onRun(): void;
	/** Elements focus moves to when leaving the editor with Esc then Tab / Shift+Tab. */
	leaveForward(): HTMLElement | null;
	leaveBackward(): HTMLElement | null;
}

const MIN_HEIGHT = 140;
const MAX_HEIGHT = 520;
/** Monaco's line height for fontSize 14 (14 × 1.35, rounded); only a first guess, see `fit`. */
const ESTIMATED_LINE_HEIGHT = 19;

const clampHeight = (height: number) => Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height));

function starlightTheme(): 'vs' | 'vs-dark' {
	return document.documentElement.dataset.theme === 'light' ? 'vs' : 'vs-dark';
}

/**
 * Where every editor on the page puts its hovers and suggestion lists: one layer at the end of
 * <body>. Inside the editor, where Monaco puts them by default, they could never be drawn above
 * Starlight's header or the "On this page" column, because Starlight isolates the main pane
 * (`.main-pane { isolation: isolate }`): a hover near the top of the window went under the header
 * and the table of contents showed through a suggestion list. The `monaco-editor` class gives
 * the layer Monaco's widget styles and theme colours (runnable.css places it).
 */
function overflowWidgetLayer(): HTMLElement {
	const existing = document.querySelector<HTMLElement>('body > .runnable-overflow-widgets');
	if (existing) return existing;
	const layer = h('div', { class: 'monaco-editor runnable-overflow-widgets' });
	document.body.append(layer);
	return layer;
}

export async function createRequestEditor(host: HTMLElement, options: EditorOptions): Promise<RequestEditor> {
	try {
		return await createMonacoEditor(host, options);
	} catch (error) {
		console.warn('The code editor could not load; using a plain text box instead.', error);
		host.replaceChildren();
		return createTextareaEditor(host, options);
	}
}

async function createMonacoEditor(host: HTMLElement, options: EditorOptions): Promise<RequestEditor> {
	const { monaco, MODEL_SCHEMES, useRequestSchema, loadCodiconFont } = await loadEditorCode();
	// Every runnable operation has a request schema; an operation without one would get plain JSON.
	const schema = Object.hasOwn(MODEL_SCHEMES, options.operation) ? (options.operation as keyof typeof MODEL_SCHEMES) : undefined;
	const uri = monaco.Uri.parse(`${schema ? MODEL_SCHEMES[schema] : 'inmemory://runnable/other/'}${encodeURIComponent(options.modelName)}.json`);
	monaco.editor.getModel(uri)?.dispose();
	if (schema) useRequestSchema(uri, schema);
	const model = monaco.editor.createModel(options.text, 'json', uri);
	// The host gets about its final height before Monaco measures it, so the editor's first layout
	// (and its first render, on the next animation frame) is for the real size; `fit` corrects it
	// once Monaco knows the content height (wrapped lines).
	host.style.height = `${clampHeight(model.getLineCount() * ESTIMATED_LINE_HEIGHT)}px`;
	const editor = monaco.editor.create(host, {
		model,
		theme: starlightTheme(),
		ariaLabel: options.label,
		automaticLayout: true,
		minimap: { enabled: false },
		scrollBeyondLastLine: false,
		wordWrap: 'on',
		tabSize: 2,
		fontSize: 14,
		lineNumbersMinChars: 3,
		// No folding contribution is loaded (monaco/setup.ts); without this its gutter would still be reserved.
		folding: false,
		fixedOverflowWidgets: true,
		overflowWidgetsDomNode: overflowWidgetLayer(),
		renderLineHighlight: 'line',
		scrollbar: { alwaysConsumeMouseWheel: false },
		quickSuggestions: { strings: true, other: true, comments: false },
	});

	// The editor grows with its content, between a few lines and a screenful. The new size is
	// rendered at Monaco's next animation frame (postponeRendering) rather than at once: a
	// synchronous render here, then another when the content height settles, cost the opening
	// two full renders (see BENCHMARKS.md).
	const fit = () => {
		const height = clampHeight(editor.getContentHeight());
		if (host.style.height === `${height}px`) return;
		host.style.height = `${height}px`;
		editor.layout(undefined, true);
	};
	editor.onDidContentSizeChange(fit);
	fit();
	// One render now, at its final size, so the request text is in the page for the coming frame:
	// Monaco's own render waits for an animation frame, which other work (the JSON mode and worker
	// starting, the schema arriving) then delays by ~80 ms (measured with the pointer on the button
	// first, see BENCHMARKS.md). Monaco's scheduled render then has nothing left to do.
	editor.render();
	// The icon font once that frame is painted (its page-wide layout would otherwise delay it).
	requestAnimationFrame(() => setTimeout(loadCodiconFont));

	const themeObserver = new MutationObserver(() => monaco.editor.setTheme(starlightTheme()));
	themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

	model.onDidChangeContent(() => options.onChange(model.getValue()));
	editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onRun());

	// Esc then Tab leaves the editor: Monaco otherwise keeps Tab for indentation (a focus trap).
	let escapeArmed = false;
	editor.onKeyDown((event) => {
		if (event.keyCode === monaco.KeyCode.Escape) {
			escapeArmed = true;
			return;
		}
		if (event.keyCode === monaco.KeyCode.Tab && escapeArmed) {
			const target = event.shiftKey ? options.leaveBackward() : options.leaveForward();
			if (target) {
				event.preventDefault();
				event.stopPropagation();
				target.focus();
			}
		}
		escapeArmed = false;
	});

	return {
		kind: 'monaco',
		getValue: () => model.getValue(),
		setValue: (text) => {
			// pushEditOperations keeps the reset undoable.
			model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
		},
		focus: () => editor.focus(),
		problems: () =>
			monaco.editor
				.getModelMarkers({ resource: uri })
				.filter((marker) => marker.severity >= monaco.MarkerSeverity.Warning)
				.map((marker) => `line ${marker.startLineNumber}: ${marker.message}`),
		dispose: () => {
			themeObserver.disconnect();
			editor.dispose();
			model.dispose();
		},
	};
}

function createTextareaEditor(host: HTMLElement, options: EditorOptions): RequestEditor {
	const textarea = h('textarea', { class: 'runnable-textarea', 'aria-label': options.label, spellcheck: 'false', rows: String(Math.min(24, Math.max(8, options.text.split('\n').length + 1))) });
	textarea.value = options.text;
	textarea.addEventListener('input', () => options.onChange(textarea.value));
	textarea.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
			event.preventDefault();
			options.onRun();
		}
	});
	host.classList.add('runnable-editor--plain');
	host.append(textarea);
	return {
		kind: 'textarea',
		getValue: () => textarea.value,
		setValue: (text) => {
			textarea.value = text;
			options.onChange(text);
		},
		focus: () => textarea.focus(),
		problems: () => {
			try {
				JSON.parse(textarea.value);
				return [];
			} catch (error) {
				return [(error as Error).message];
			}
		},
		dispose: () => textarea.remove(),
	};
}
