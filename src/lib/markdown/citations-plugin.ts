/**
 * Renders source markers as numbered citations with a list of sources at the end of the page.
 *
 * `【F:path†L1-L2】` becomes a superscript `[n]` linking to the matching entry of the page's
 * "Sources" list; that entry links to the file and lines when a source repository is configured.
 */
import type { RootContent } from 'mdast';
import type { Element, ElementContent, Properties } from 'hast';
import type { MdastPluginEntry } from 'satteri';
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

/** An mdast node that becomes the given hast element (`hName`/`hProperties`/`hChildren`). */
function element(tagName: string, properties: Record<string, unknown>, children: ElementContent[]): RootContent {
	return { type: 'citation', data: { hName: tagName, hProperties: properties, hChildren: children } } as unknown as RootContent;
}

type Child = Readonly<RootContent> & { type: string; value?: string; name?: string; attributes?: Record<string, string | null | undefined> | null; children?: readonly unknown[] };

/**
 * Starlight enables Markdown directives, so the `:docs` in `【F:docs/x.md†L1】` parses as a text
 * directive named "docs". Directives are only turned back into text after every plugin has run;
 * a marker needs its text whole now, so this puts such directives back into the text around them.
 * Returns the children with those runs joined into single text nodes.
 */
function joinMarkerText(children: readonly Child[]): Child[] {
	const merged: Child[] = [];
	for (const child of children) {
		const previous = merged.at(-1);
		if (child.type === 'textDirective' && previous?.type === 'text' && previous.value!.endsWith('【F') && (child.children?.length ?? 0) === 0 && Object.keys(child.attributes ?? {}).length === 0) {
			merged[merged.length - 1] = { type: 'text', value: `${previous.value}:${child.name}` } as Child;
			continue;
		}
		if (child.type === 'text' && previous?.type === 'text' && previous.value!.includes('【F:')) {
			merged[merged.length - 1] = { type: 'text', value: previous.value! + child.value! } as Child;
			continue;
		}
		merged.push(child);
	}
	return merged;
}

export function citationsPlugin(options: CitationOptions = {}): MdastPluginEntry {
	// One state per page: the factory runs once per compiled document.
	return () => {
		const numbers = new Map<string, { n: number; marker: SourceMarker }>();
		const done = new WeakSet<object>();
		const cite = (part: SourceMarker): RootContent => {
			const key = markerKey(part);
			if (!numbers.has(key)) numbers.set(key, { n: numbers.size + 1, marker: part });
			const n = numbers.get(key)!.n;
			const label = `Source ${n}: ${part.path}, ${describeLines(part)}`;
			return element('sup', { className: ['citation'] }, [h('a', { href: `#source-${n}`, ariaLabel: label, title: label, dataCitation: String(n) }, [{ type: 'text', value: `[${n}]` }])]);
		};
		return {
			name: 'citations',
			text(node, ctx) {
				if (!node.value.includes('【F')) return;
				// A marker's parent is rewritten once, all its markers at a time, in page order.
				const parent = ctx.parent(node);
				if (!parent || done.has(parent)) return;
				done.add(parent);
				let changed = false;
				const children = joinMarkerText(parent.children as readonly Child[]).flatMap((child): Child[] => {
					if (child.type !== 'text' || !child.value!.includes('【F:')) return [child];
					const parts = splitSourceMarkers(child.value!);
					if (parts.every((part) => typeof part === 'string')) return [child];
					changed = true;
					return parts.map((part) => (typeof part === 'string' ? ({ type: 'text', value: part } as Child) : (cite(part) as Child)));
				});
				if (changed) ctx.setProperty(parent, 'children', children as never);
			},
			after(root, ctx) {
				if (numbers.size === 0) return;
				const items: ElementContent[] = [...numbers.values()].map(({ n, marker }) => {
					const url = sourceUrl(marker, options.repoUrl, options.repoRef);
					const text = `${marker.path}, ${describeLines(marker)}`;
					const label: ElementContent[] = [h('code', {}, [{ type: 'text', value: marker.path }]), { type: 'text', value: `, ${describeLines(marker)}` }];
					const content = url ? h('a', { href: url, rel: ['noopener'] }, label) : h('span', {}, label);
					return h('li', { id: `source-${n}`, value: String(n), title: text }, [content]);
				});
				ctx.appendChild(
					root,
					element('section', { className: ['citation-sources'], ariaLabel: 'Sources cited on this page', dataPagefindIgnore: '' }, [
						h('p', { className: ['citation-sources__title'] }, [{ type: 'text', value: 'Sources cited on this page' }]),
						h('ol', {}, items),
					]) as never,
				);
			},
		};
	};
}
