/**
 * Collects the model and api-version mentions of one guide from its Markdown tree (prose, inline
 * code, code blocks and runnable samples) and its frontmatter, with the line each stands on and the
 * section (nearest heading above) it belongs to.
 *
 * Historical mentions are skipped: inside `:historical[…]`, inside a `:::historical` block, or in a
 * code block whose meta has the `historical` flag.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findMatches, type TextMatch } from './patterns.ts';

export type MentionPlace = 'frontmatter' | 'prose' | 'code' | 'runnable';

export interface Mention extends Omit<TextMatch, 'index'> {
	/** 1-based line in the tree's positions (file lines when the frontmatter was blanked, not removed). */
	line?: number;
	place: MentionPlace;
	/** Text of the nearest heading above; undefined before the first heading. */
	section?: string;
	/** Index in root.children of that heading (where a notice goes), -1 before the first heading. */
	sectionIndex: number;
}

const HISTORICAL = 'historical';

function lineAt(text: string, index: number, startLine: number | undefined): number | undefined {
	if (startLine === undefined) return undefined;
	let line = startLine;
	for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

type AnyNode = RootContent & { children?: AnyNode[]; value?: string; meta?: string | null; name?: string };

export function isHistoricalNode(node: { type: string; name?: string; meta?: string | null }): boolean {
	if ((node.type === 'textDirective' || node.type === 'containerDirective' || node.type === 'leafDirective') && node.name === HISTORICAL) return true;
	return node.type === 'code' && typeof node.meta === 'string' && /(^|\s)historical(\s|$)/.test(node.meta);
}

/** Mentions in the page body. */
export function collectTreeMentions(tree: Root): Mention[] {
	const mentions: Mention[] = [];
	let section: string | undefined;
	let sectionIndex = -1;
	const add = (text: string, startLine: number | undefined, place: MentionPlace) => {
		for (const match of findMatches(text)) {
			mentions.push({ kind: match.kind, text: match.text, line: lineAt(text, match.index, startLine), place, section, sectionIndex });
		}
	};
	const visit = (node: AnyNode, inRunnable: boolean) => {
		if (isHistoricalNode(node)) return;
		// Directives the catalog renders (:catalog[key]) hold a key, not a mention.
		if (node.type === 'textDirective' && node.name === 'catalog') return;
		if (node.type === 'code') {
			const runnable = inRunnable || /(^|\s)runnable(\s|$)/.test(node.meta ?? '');
			// The code's first line is the one after the opening fence.
			add(node.value ?? '', node.position ? node.position.start.line + 1 : undefined, runnable ? 'runnable' : 'code');
			return;
		}
		if (node.type === 'text' || node.type === 'inlineCode') {
			add(node.value ?? '', node.position?.start.line, 'prose');
			return;
		}
		if (node.type === 'link' && 'url' in node && typeof node.url === 'string') add(node.url, node.position?.start.line, 'prose');
		const type = (node as { type: string }).type;
		const runnable = inRunnable || type === 'runnableExample' || (type === 'mdxJsxFlowElement' && (node as { name?: string }).name === 'RunnableRequest');
		for (const child of node.children ?? []) visit(child, runnable);
	};
	tree.children.forEach((child, index) => {
		if (child.type === 'heading') {
			section = toString(child);
			sectionIndex = index;
		}
		visit(child as AnyNode, false);
	});
	return mentions;
}

/** Mentions in the frontmatter's text values (title, description, keywords…), with their file lines. */
export function collectFrontmatterMentions(source: string): Mention[] {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	if (!match) return [];
	const mentions: Mention[] = [];
	match[1].split('\n').forEach((text, index) => {
		for (const found of findMatches(text)) {
			mentions.push({ kind: found.kind, text: found.text, line: index + 2, place: 'frontmatter', section: undefined, sectionIndex: -1 });
		}
	});
	return mentions;
}

/** Mentions in frontmatter values already parsed (the page pipeline has no file lines for them). */
export function collectValueMentions(values: Record<string, unknown>): Mention[] {
	const texts = Object.values(values).flatMap((value) => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []));
	return texts.flatMap((text) => findMatches(text).map((found): Mention => ({ kind: found.kind, text: found.text, place: 'frontmatter', section: undefined, sectionIndex: -1 })));
}
