/**
 * Vite plugin: Monaco code this site never runs is left out of the editor chunk.
 *
 * Monaco's standalone editor imports these modules statically although their code only runs on
 * request, so it (and everything only it uses) is downloaded, parsed and evaluated before every
 * first render of an editor. Sizes: minified bytes the chunk loses, measured with esbuild on
 * Monaco 0.57 (see BENCHMARKS.md, Editor):
 * - the diff editor widget (~128 KB): `standalone/browser/standaloneCodeEditor.js` imports it
 *   only to declare its standalone subclass; the runnable examples never call `createDiffEditor`;
 * - the multi-file diff editor (~55 KB): `standaloneEditor.js` imports it for
 *   `createMultiFileDiffEditor`, which the site never calls;
 * - the WebGPU line renderer (~66 KB): `browser/view.js` constructs its context, lines, rulers and
 *   mark overlay only when `experimentalGpuAcceleration` is 'on', which this site never sets;
 * - the quick input (command palette, pickers; ~106 KB): `standaloneServices.js` creates the
 *   service eagerly, but only the quick access commands (not loaded: no F1, no Go to Line) and
 *   inline-completion snoozing (not loaded) ever open it. The stub service constructs, and each
 *   of its methods throws;
 * - the tree-sitter token backend (~52 KB): `tokenizationTextModelPart.js` creates it only for a
 *   language the tree-sitter library service supports, and the standalone one supports none;
 * - the code action controller (quick fixes, the light bulb menu; ~86 KB): the problem hover
 *   (`markerHoverParticipant.js`) calls it only to show or apply a quick fix, and no language on
 *   this site provides code actions (JSON has none), so the hover never offers one;
 * - the inlay hints hover (~19 KB): the hover controller only tests `instanceof` against it; the
 *   inlay hints contribution that would create it is not loaded.
 * Each module becomes classes/functions with its export names. Calling or constructing one
 * throws a message naming this plugin; a service Monaco constructs at start-up constructs, and
 * its methods throw. The importers named above are each module's only ones in the editor chunk.
 */
import type { Plugin } from 'vite';

export interface UnusedModule {
	/** Path under monaco-editor/esm/vs/, with forward slashes. */
	path: string;
	/** What the reader would miss, for the error message. */
	what: string;
	/** Exported classes and functions: constructing or calling one throws. */
	exports: string[];
	/** Exported classes Monaco constructs eagerly: they construct; their methods and getters throw. */
	services?: Record<string, { methods: string[]; getters: string[] }>;
	/** Static methods of exported classes (`Controller.get(editor)`), each of which throws. */
	statics?: Record<string, string[]>;
}

export const UNUSED_MONACO_MODULES: UnusedModule[] = [
	{ path: 'editor/browser/widget/diffEditor/diffEditorWidget.js', what: 'The Monaco diff editor', exports: ['DiffEditorWidget', 'toLineChanges'] },
	{ path: 'editor/browser/widget/multiDiffEditor/multiDiffEditorWidget.js', what: 'The Monaco multi-file diff editor', exports: ['MultiDiffEditorWidget'] },
	{ path: 'editor/browser/gpu/viewGpuContext.js', what: 'Monaco GPU rendering', exports: ['ViewGpuContext'] },
	{ path: 'editor/browser/viewParts/viewLinesGpu/viewLinesGpu.js', what: 'Monaco GPU rendering', exports: ['ViewLinesGpu'] },
	{ path: 'editor/browser/viewParts/rulersGpu/rulersGpu.js', what: 'Monaco GPU rendering', exports: ['RulersGpu'] },
	{ path: 'editor/browser/viewParts/gpuMark/gpuMark.js', what: 'Monaco GPU rendering', exports: ['GpuMarkOverlay'] },
	{
		path: 'editor/standalone/browser/quickInput/standaloneQuickInputService.js',
		what: "Monaco's quick input (command palette and pickers)",
		exports: ['QuickInputEditorContribution', 'QuickInputEditorWidget'],
		services: { StandaloneQuickInputService: { methods: ['pick', 'input', 'createQuickPick', 'createInputBox', 'toggle', 'toggleHover'], getters: ['currentQuickInput', 'quickAccess'] } },
	},
	{ path: 'editor/common/model/tokens/treeSitter/treeSitterSyntaxTokenBackend.js', what: "Monaco's tree-sitter tokenization", exports: ['TreeSitterSyntaxTokenBackend'] },
	{ path: 'editor/contrib/codeAction/browser/codeActionController.js', what: "Monaco's code actions (quick fixes)", exports: ['CodeActionController'], statics: { CodeActionController: ['get'] } },
	{ path: 'editor/contrib/inlayHints/browser/inlayHintsHover.js', what: "Monaco's inlay hints", exports: ['InlayHintsHover'] },
];

const MONACO_VS = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/](.+)$/;

/** The module's stub source: see the file comment. */
export function unusedModuleStub(unused: UnusedModule): string {
	const message = `${unused.what} is not part of this site's editor build (src/client/runnable/build/vite-monaco-without-unused-modules.ts); remove it from that plugin to use it.`;
	const fail = 'throw new Error(message);';
	const lines = [`const message = ${JSON.stringify(message)};`];
	for (const name of unused.exports) {
		if (!/^[A-Z]/.test(name)) {
			lines.push(`export function ${name}() { ${fail} }`);
			continue;
		}
		const statics = (unused.statics?.[name] ?? []).map((method) => `static ${method}() { ${fail} }`);
		lines.push(`export class ${name} { ${[...statics, `constructor() { ${fail} }`].join(' ')} }`);
	}
	for (const [name, { methods, getters }] of Object.entries(unused.services ?? {})) {
		const members = [...getters.map((getter) => `get ${getter}() { ${fail} }`), ...methods.map((method) => `${method}() { ${fail} }`)];
		lines.push(`export class ${name} { ${members.join(' ')} }`);
	}
	return lines.join('\n');
}

export function monacoWithoutUnusedModules(): Plugin {
	return {
		name: 'runnable:monaco-without-unused-modules',
		enforce: 'pre',
		load(id) {
			const path = MONACO_VS.exec(id.split('?')[0])?.[1]?.replaceAll('\\', '/');
			const unused = path && UNUSED_MONACO_MODULES.find((candidate) => candidate.path === path);
			return unused ? unusedModuleStub(unused) : null;
		},
	};
}
