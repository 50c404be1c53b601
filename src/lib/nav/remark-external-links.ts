/**
 * Marks links that leave the site, so readers know before they click: `rel="noopener
 * noreferrer"`, the class `external-link` (site.css draws a small arrow icon after it) and a
 * visually hidden "(external site)" for screen readers, which the search index skips.
 */
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Whether an href leaves the site: http(s) or protocol-relative. mailto: and the like are not "sites". */
export function isExternalHttpLink(href: string): boolean {
	return /^https?:\/\//i.test(href) || href.startsWith('//');
}

export const EXTERNAL_LINK_CLASS = 'external-link';
export const EXTERNAL_LINK_NOTE = ' (external site)';

export function remarkExternalLinks() {
	return function transform(tree: Root) {
		visit(tree, 'link', (node: Link) => {
			if (!isExternalHttpLink(node.url)) return;
			const data = (node.data ??= {});
			const properties = (data.hProperties ??= {}) as Record<string, unknown>;
			properties.rel = 'noopener noreferrer';
			const existing = properties.className;
			properties.className = [...(Array.isArray(existing) ? existing : existing ? [existing] : []), EXTERNAL_LINK_CLASS];
			node.children.push({
				type: 'text',
				value: EXTERNAL_LINK_NOTE,
				data: { hName: 'span', hProperties: { className: ['sr-only'], 'data-pagefind-ignore': '' } },
			});
		});
	};
}
