/**
 * Renders source markers as numbered citations with a list of sources at the end of the page.
 *
 * `【F:path†L1-L2】` becomes a superscript `[n]` linking to the matching entry of the page's
 * "Sources" list; that entry links to the file and lines when a source repository is configured.
 */
import type { Root, Text, Parent, RootContent } from 'mdast';
import type { Element, ElementContent, Properties } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { describeLines, markerKey, sourceUrl, splitSourceMarkers, type SourceMarker } from './citations';

export interface CitationOptions {
	/** Base URL of the repository the cited paths live in, e.g. https://github.com/org/docs. */
	repoUrl?: string;
	/** Branch or commit the links point at. */
	repoRef?: string;
}

/** A hast element (what the citation renders as). */
function h(tagName: string, properties: Properties, children: ElementContent[]): Element {
	return { type: 'element', tagName, properties, children };
}

/** An mdast node that remark-rehype turns into the given hast element. */
function element(tagName: string, properties: Record<string, unknown>, children: ElementContent[]): RootContent {
	return { type: 'citation', data: { hName: tagName, hProperties: properties, hChildren: children } } as unknown as RootContent;
}

/**
 * Starlight enables Markdown directives, so the `:docs` in `【F:docs/x.md†L1】` parses as a text
 * directive named "docs". Directives are only turned back into text after every plugin has run;
 * a marker needs its text whole now, so this puts such directives back into the text around them.
 */
function restoreMarkerDirectives(tree: Root) {
	visit(tree, (node) => {
		const parent = node as Parent;
		if (!Array.isArray(parent.children)) return;
		const merged: RootContent[] = [];
		for (const child of parent.children as RootContent[]) {
			const previous = merged.at(-1);
			const directive = child as unknown as { type: string; name?: string; attributes?: Record<string, string>; children?: unknown[] };
			if (
				directive.type === 'textDirective' &&
				previous?.type === 'text' &&
				previous.value.endsWith('【F') &&
				(directive.children?.length ?? 0) === 0 &&
				Object.keys(directive.attributes ?? {}).length === 0
			) {
				previous.value += `:${directive.name}`;
				continue;
			}
			if (child.type === 'text' && previous?.type === 'text' && previous.value.includes('【F:')) {
				previous.value += child.value;
				continue;
			}
			merged.push(child);
		}
		parent.children = merged as Parent['children'];
	});
}

export function remarkCitations(options: CitationOptions = {}) {
	return function transform(tree: Root) {
		restoreMarkerDirectives(tree);
		const numbers = new Map<string, { n: number; marker: SourceMarker }>();

		visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
			if (!parent || index === undefined || !node.value.includes('【F:')) return;
			const parts = splitSourceMarkers(node.value);
			if (parts.every((part) => typeof part === 'string')) return;
			const replacement: RootContent[] = parts.map((part) => {
				if (typeof part === 'string') return { type: 'text', value: part };
				const key = markerKey(part);
				if (!numbers.has(key)) numbers.set(key, { n: numbers.size + 1, marker: part });
				const n = numbers.get(key)!.n;
				const label = `Source ${n}: ${part.path}, ${describeLines(part)}`;
				return element('sup', { className: ['citation'] }, [h('a', { href: `#source-${n}`, ariaLabel: label, title: label, dataCitation: String(n) }, [{ type: 'text', value: `[${n}]` }])]);
			});
			parent.children.splice(index, 1, ...(replacement as Parent['children']));
			return [SKIP, index + replacement.length];
		});

		if (numbers.size === 0) return;
		const items: ElementContent[] = [...numbers.values()].map(({ n, marker }) => {
			const url = sourceUrl(marker, options.repoUrl, options.repoRef);
			const text = `${marker.path}, ${describeLines(marker)}`;
			const label: ElementContent[] = [h('code', {}, [{ type: 'text', value: marker.path }]), { type: 'text', value: `, ${describeLines(marker)}` }];
			const content = url ? h('a', { href: url, rel: ['noopener'] }, label) : h('span', {}, label);
			return h('li', { id: `source-${n}`, value: String(n), title: text }, [content]);
		});
		tree.children.push(
			element('section', { className: ['citation-sources'], ariaLabel: 'Sources cited on this page', dataPagefindIgnore: '' }, [
				h('p', { className: ['citation-sources__title'] }, [{ type: 'text', value: 'Sources cited on this page' }]),
				h('ol', {}, items),
			]),
		);
	};
}
