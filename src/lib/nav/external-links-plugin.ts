/**
 * Marks links that leave the site, so readers know before they click: `rel="noopener
 * noreferrer"`, the class `external-link` (site.css draws a small arrow icon after it) and a
 * visually hidden "(external site)" for screen readers, which the search index skips.
 */
import type { MdastPluginDefinition } from 'satteri';

/** Whether an href leaves the site: http(s) or protocol-relative. mailto: and the like are not "sites". */
export function isExternalHttpLink(href: string): boolean {
	return /^https?:\/\//i.test(href) || href.startsWith('//');
}

export const EXTERNAL_LINK_CLASS = 'external-link';
export const EXTERNAL_LINK_NOTE = ' (external site)';

export function externalLinksPlugin(): MdastPluginDefinition {
	return {
		name: 'external-links',
		link(node, ctx) {
			if (!isExternalHttpLink(node.url)) return;
			const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
			const properties = { ...data.hProperties };
			const existing = properties.className;
			properties.rel = 'noopener noreferrer';
			properties.className = [...(Array.isArray(existing) ? existing : existing ? [existing] : []), EXTERNAL_LINK_CLASS];
			ctx.setProperty(node, 'data', { ...data, hProperties: properties });
			// A text node takes no hName here, so the note is a span element of its own.
			ctx.appendChild(node, {
				type: 'externalLinkNote',
				data: { hName: 'span', hProperties: { className: ['sr-only'], 'data-pagefind-ignore': '' } },
				children: [{ type: 'text', value: EXTERNAL_LINK_NOTE }],
			} as never);
		},
	};
}
