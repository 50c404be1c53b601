/**
 * "Linked from": for each guide, the other guides that point at it, through their `related`
 * list or a link in their text. Pure, so the component (from the content collection) and the
 * tests (from the docs folder) compute it the same way.
 */
import { parseDocLink } from '../links/doc-link.ts';
import { markdownLinks } from './markdown-links.ts';

/** What backlinks need to know about one guide. */
export interface LinkSource {
	slug: string;
	title: string;
	description?: string;
	/** The `related` entries as written. */
	related: readonly string[];
	/** The Markdown body (frontmatter may be included; it is not scanned for links). */
	body: string;
}

export type BacklinkKind = 'related' | 'text';

export interface Backlink {
	slug: string;
	title: string;
	description?: string;
	/** How the linking guide points here: a related card, a link in its text, or both. */
	via: BacklinkKind[];
}

function stripFrontmatter(markdown: string): string {
	return markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

/** The slugs a guide links to, each with how. Links to itself do not count. */
export function outgoingLinks(source: LinkSource): Map<string, Set<BacklinkKind>> {
	const targets = new Map<string, Set<BacklinkKind>>();
	const add = (href: string, kind: BacklinkKind) => {
		const link = parseDocLink(href, source.slug);
		if (!link || link.slug === source.slug) return;
		const kinds = targets.get(link.slug) ?? new Set<BacklinkKind>();
		kinds.add(kind);
		targets.set(link.slug, kinds);
	};
	for (const entry of source.related) add(entry, 'related');
	for (const link of markdownLinks(stripFrontmatter(source.body))) add(link.href, 'text');
	return targets;
}

/** Backlinks of every guide, keyed by slug; each list is sorted by the linking guide's title. */
export function computeBacklinks(sources: readonly LinkSource[]): Map<string, Backlink[]> {
	const backlinks = new Map<string, Backlink[]>();
	for (const source of sources) {
		for (const [target, kinds] of outgoingLinks(source)) {
			const list = backlinks.get(target) ?? [];
			list.push({ slug: source.slug, title: source.title, description: source.description, via: [...kinds].sort() });
			backlinks.set(target, list);
		}
	}
	for (const list of backlinks.values()) list.sort((a, b) => a.title.localeCompare(b.title));
	return backlinks;
}
