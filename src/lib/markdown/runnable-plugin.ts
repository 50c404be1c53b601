/**
 * Marks sample requests as runnable.
 *
 * In a `.md` page an author writes a fenced block with the `runnable` meta flag:
 *
 *     ```json runnable operation=chat/completions title="Summarize an expense note" id=summarize-note
 *     { "messages": [...] }
 *     ```
 *
 * `id` (optional) names the example on its page (`data-example-id`, what drafts key on); without
 * it the id comes from the title (src/lib/runnable/example-id.ts), de-duplicated on the page.
 *
 * The block still renders as an ordinary highlighted code block (so the page works without
 * JavaScript); this plugin wraps it in an element carrying the run settings, which the
 * "Edit & run" enhancer (src/client/runnable/) upgrades in place. `.mdx` pages can use the
 * <RunnableRequest> component instead, which renders the same wrapper.
 */
import type { Code } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { readFileSync } from 'node:fs';
import { AuthorError, fileLineOf } from './author-error';
import { DEFAULT_OPERATION, RUNNABLE_OPERATIONS, type Operation } from '../catalog/index.ts';
import { baseExampleId, dedupeExampleIds, EXAMPLE_ID_PATTERN } from '../runnable/example-id.ts';
import { pageContextOf } from './page-context';

/** Which operations runnable examples offer is catalog data. */
export { RUNNABLE_OPERATIONS };
export type RunnableOperation = Operation;

export interface RunnableMeta {
	operation: RunnableOperation;
	title?: string;
	/** The author's `id=`, when given. */
	id?: string;
	/** The meta string with this plugin's keys removed, left for the code renderer. */
	rest: string;
}

const META_TOKEN = /(\w[\w-]*)(?:=("[^"]*"|'[^']*'|\S+))?/g;

/** Reads `runnable`, `operation=…` and `title=…` from a code block's meta string; null when not runnable. */
export function parseRunnableMeta(meta: string | null | undefined): RunnableMeta | null | { error: string } {
	if (!meta || !/(^|\s)runnable(\s|$)/.test(meta)) return null;
	let operation: string = DEFAULT_OPERATION;
	let title: string | undefined;
	let id: string | undefined;
	const rest: string[] = [];
	for (const match of meta.matchAll(META_TOKEN)) {
		const [token, key, rawValue] = match;
		const value = rawValue?.replace(/^["']|["']$/g, '');
		if (key === 'runnable' && rawValue === undefined) continue;
		if (key === 'operation' && value !== undefined) operation = value;
		else if (key === 'id' && value !== undefined) id = value;
		else if (key === 'title' && value !== undefined) {
			title = value;
			rest.push(token); // the code frame shows the title too
		} else rest.push(token);
	}
	if (!(RUNNABLE_OPERATIONS as readonly string[]).includes(operation)) {
		return { error: `operation=${operation} is not runnable; expected ${RUNNABLE_OPERATIONS.join(' or ')}.` };
	}
	if (id !== undefined && !EXAMPLE_ID_PATTERN.test(id)) {
		return { error: `id=${id} is not an example id; expected lower-case letters, digits and hyphens (at most 64), such as id=summarize-note.` };
	}
	return { operation: operation as RunnableOperation, title, id, rest: rest.join(' ') };
}

export function runnablePlugin(): MdastPluginEntry {
	return (context) => {
		const { path } = pageContextOf(context);
		// Ids unique on the page, in page order (visitors run in page order); an untitled example
		// gets one from its text in the browser.
		const taken: string[] = [];
		return {
			name: 'runnable',
			options: { position: true },
			code(node) {
				const meta = parseRunnableMeta(node.meta);
				if (meta === null) return;
				// Annotated on the const so that TypeScript knows calls end the callback (narrowing `meta`).
				const fail: (problem: string, fix: string) => never = (problem, fix) => {
					const source = path ? readFileSync(path, 'utf8') : '';
					const line = fileLineOf(source, (text) => /^\s*(`{3,}|~{3,})/.test(text) && text.includes('runnable'), node.position?.start.line);
					throw new AuthorError({ file: path ?? 'unknown file', line, problem, fix });
				};
				if ('error' in meta) {
					fail(
						`this runnable block's ${meta.error}`,
						meta.error.startsWith('id=')
							? 'write the id in lower case with hyphens, or remove it to derive one from the title.'
							: `remove the operation or set it to ${RUNNABLE_OPERATIONS.join(', ')}.`,
					);
				}
				if (node.lang !== 'json') {
					fail(
						`a runnable block must hold a JSON request body, but this one is marked "${node.lang ?? 'with no language'}".`,
						'write the request body as ```json runnable, or remove the runnable flag.',
					);
				}
				try {
					JSON.parse(node.value);
				} catch (error) {
					fail(`this runnable block is not valid JSON (${(error as Error).message}).`, 'fix the JSON so readers start from a request that runs.');
				}
				const properties: Record<string, unknown> = { className: ['runnable-example'], dataOperation: meta.operation, dataTitle: meta.title };
				const base = baseExampleId(meta.id, meta.title);
				if (base !== undefined) {
					taken.push(base);
					properties.dataExampleId = dedupeExampleIds(taken).at(-1);
				}
				// The block keeps rendering as a highlighted code block, inside the wrapper the enhancer upgrades.
				const code: Code = { type: 'code', lang: node.lang, meta: meta.rest || null, value: node.value };
				return { type: 'runnableExample', data: { hName: 'div', hProperties: properties }, children: [code] } as never;
			},
		};
	};
}
