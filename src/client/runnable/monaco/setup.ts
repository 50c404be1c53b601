/**
 * Everything the runnable-example editor needs from Monaco, and nothing more: the editor API,
 * the JSON language (completion, hover, validation against the request schemas) and its two
 * workers. Loaded with a dynamic import() when a reader opens an editor; never the TypeScript
 * worker or the other languages.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
// The editor features a request body needs. Every contribution imported here is code parsed and
// run before the first render, and an instance created with each editor, so the list is kept to
// what a reader of a short JSON request uses (sizes: minified bytes each import adds to the chunk,
// measured with esbuild on Monaco 0.57, see BENCHMARKS.md). Typing, undo/redo, selection,
// clipboard and cursor movement are Monaco's core and need no contribution.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController'; // schema completions, 130 KB
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution'; // schema docs and problem hovers, 301 KB
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode'; // Ctrl+M, 1 KB
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching'; // nesting of the body, 6 KB
import 'monaco-editor/editor/contrib/format/browser/formatActions'; // Shift+Alt+F on a pasted body, 9 KB
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations'; // Ctrl+Left/Right/Backspace, 7 KB
// Left out (125 KB together, ~4% of the chunk): folding (44 KB; a request is a screenful at most),
// find/replace (41 KB; the same reason, and the page's own find still works), line comments
// (10 KB; a request body is strict JSON, where a comment is an error), line operations (30 KB;
// move/copy/delete line, conveniences nobody needs for a few lines).
// codicon.css arrives without its @font-face (build/vite-monaco-styles.ts), applied by loadCodiconFont below.
import 'monaco-editor/base/browser/ui/codicons/codicon/codicon.css';
import 'monaco-editor/base/browser/ui/codicons/codicon/codicon-modifiers.css';
// The JSON language's registration (what language/json/monaco.contribution re-exports, with types).
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
// The JSON mode itself: the registration imports it only once the first JSON model exists, i.e.
// after all of the above has run. Imported here it is fetched with this chunk, not after it.
import 'monaco-editor/languages/features/json/jsonMode';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import chatSchema from '../schemas/chat-completions-request.json';
import { flushMonacoStyles } from './add-style.ts';
import embeddingsSchema from '../schemas/embeddings-request.json';

/** Model URI prefixes per operation (models are `<prefix><name>.json`). */
export const MODEL_SCHEMES = {
	'chat/completions': 'inmemory://runnable/chat-completions/',
	embeddings: 'inmemory://runnable/embeddings/',
	responses: 'inmemory://runnable/responses/',
} as const;

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
	getWorker(_workerId: string, label: string) {
		return label === 'json' ? new JsonWorker() : new EditorWorker();
	},
};

// Each editor's model is tied to its operation's schema by its exact URI: the JSON service's
// glob matching of fileMatch patterns does not handle custom URI schemes reliably.
const models: Record<keyof typeof MODEL_SCHEMES, Set<string>> = { 'chat/completions': new Set(), embeddings: new Set(), responses: new Set() };

/**
 * The Responses request schema (derived from the openai package's types by
 * scripts/extract-responses-schema.ts, about 13 KB gzip) is fetched only when a Responses example
 * opens, so chat-only pages load no more than before.
 */
let responsesSchema: unknown;

function applySchemas() {
	jsonDefaults.setDiagnosticsOptions({
		validate: true,
		allowComments: false,
		trailingCommas: 'error',
		enableSchemaRequest: false,
		schemaValidation: 'error',
		schemas: [
			{ uri: 'https://llm-provider-guides.local/schemas/chat-completions-request.json', fileMatch: [...models['chat/completions']], schema: chatSchema },
			{ uri: 'https://llm-provider-guides.local/schemas/embeddings-request.json', fileMatch: [...models.embeddings], schema: embeddingsSchema },
			...(responsesSchema ? [{ uri: 'https://llm-provider-guides.local/schemas/responses-request.json', fileMatch: [...models.responses], schema: responsesSchema }] : []),
		],
	});
}

/** Validates and completes the model at `uri` against the request schema of `operation`. */
export function useRequestSchema(uri: monaco.Uri, operation: keyof typeof MODEL_SCHEMES): void {
	models[operation].add(uri.toString());
	applySchemas();
	if (operation === 'responses' && !responsesSchema) {
		void import('../schemas/responses-request.json').then((module) => {
			responsesSchema = module.default;
			applySchemas();
		});
	}
}

export { monaco };

/**
 * Applies the codicon font's @font-face (codicon.css above comes without it, see
 * build/vite-monaco-styles.ts). Inserting an @font-face makes Chromium lay out the whole page
 * again (~45 ms on the setup guide, 5,100 layout objects), so request-editor.ts calls this once
 * the first editor is on screen: Monaco needs no icon to show a request. Run while the editor
 * chunk was still compiling, as before, that layout took a core from the chunk's background parse
 * on this 2-core machine: 20–30 ms of the click → editor time (bench/editor-compare.ts, BENCHMARKS.md).
 */
export function loadCodiconFont(): void {
	import('virtual:runnable-monaco-codicon-font').catch(() => undefined);
}

// All of Monaco's styles go in before the first editor is measured, in this same task: Monaco's
// stylesheets (flushed now rather than in a microtask) and the theme's colour rules, which Monaco
// otherwise writes into a <style> of its own when the first editor is created. Measured on the
// setup guide before the page-wide rules were scoped (build/vite-monaco-styles.ts), the theme's
// sheet arriving second cost a second restyle of the whole page (~55 ms); now both land in one
// style recalculation that touches only Monaco's elements. `colorize` is the public call that
// makes the theme service put its global <style> in the document; the empty text costs nothing.
flushMonacoStyles();
monaco.editor.setTheme(document.documentElement.dataset.theme === 'light' ? 'vs' : 'vs-dark');
void monaco.editor.colorize('', 'plaintext', {});
