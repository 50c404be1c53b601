/**
 * Resolves and checks links between guides at build time.
 *
 * - In-text links written as `/docs/x/y.md`, `x/y` or `/x/y/` are rewritten to the page URL `/x/y/`.
 * - A link to a page that does not exist, or to a `#anchor` the page does not have, stops the
 *   build naming the file, line and target.
 * - Each `related` frontmatter entry must name an existing page; its line in the frontmatter is
 *   reported when it does not.
 */
import { readFileSync } from 'node:fs';
import type { Link, Definition } from 'mdast';
import type { MdastPluginEntry, MdastVisitorContext } from 'satteri';
import { docUrl, parseDocLink, type DocLink } from '../links/doc-link';
import { anchorsOf, slugOfFile, type DocPage } from '../links/doc-index';
import { docIndex } from '../links/doc-index-cache';
import { AuthorError, closest, fileLineOf } from './author-error';
import { relative } from 'node:path';
import { guidePageOf } from './page-context';

export interface DocLinkOptions {
	/** Absolute path of the docs content folder. */
	docsDir: string;
	/** Slugs of pages made outside the docs folder (home and landing pages), which links may name. */
	extraSlugs?: readonly string[];
}

/** The pages links may name: looked up one at a time, listed in full only for suggestions. */
export interface DocPages {
	get(slug: string): DocPage | undefined;
	slugs(): Iterable<string>;
	/** Re-lists the folder (a page created a moment ago is found before its link is called broken). */
	refresh?(): void;
}

/** Describes why a link does not resolve, or returns undefined when it does. */
export function checkDocLink(link: DocLink, pages: DocPages, extraSlugs: readonly string[]): { problem: string; fix: string } | undefined {
	let page = pages.get(link.slug);
	if (!page && extraSlugs.includes(link.slug)) return undefined;
	if (!page && pages.refresh) {
		pages.refresh();
		page = pages.get(link.slug);
	}
	if (!page) {
		const suggestion = closest(link.slug, [...pages.slugs(), ...extraSlugs]);
		return {
			problem: `no page has the URL ${docUrl(link.slug)} (expected a file src/content/docs/${link.slug || 'index'}.md or .mdx).`,
			fix:
				suggestion !== undefined
					? `did you mean "${docUrl(suggestion)}"? Correct the path, or create the page.`
					: 'correct the path to an existing guide (its file path under src/content/docs, e.g. /docs/providers/compare-providers.md), or create the page.',
		};
	}
	if (link.hash && !page.anchors.has(link.hash)) {
		const suggestion = closest(link.hash, page.anchors);
		return {
			problem: `the page ${docUrl(link.slug)} has no heading with the id "#${link.hash}".`,
			fix:
				suggestion !== undefined
					? `did you mean "#${suggestion}"? Heading ids are the heading text in lower case with spaces as dashes.`
					: `link to one of its headings: ${[...page.anchors]
							.slice(0, 8)
							.map((a) => `#${a}`)
							.join(', ')}.`,
		};
	}
	return undefined;
}

/** A link to this same page written with its path (`/x/y/#part`): only the anchor can be wrong. */
function checkOwnAnchor(hash: string, anchors: Set<string>): { problem: string; fix: string } | undefined {
	if (!hash || anchors.has(hash)) return undefined;
	const suggestion = closest(hash, anchors);
	return {
		problem: `this page has no heading with the id "#${hash}".`,
		fix: suggestion !== undefined ? `did you mean "#${suggestion}"? Heading ids are the heading text in lower case with spaces as dashes.` : "link to one of the page's headings, or remove the link.",
	};
}

/** The 1-based line of a frontmatter list value in the raw file, for error messages. */
function lineOfValue(source: string, value: string): number | undefined {
	const lines = source.split('\n');
	const index = lines.findIndex((line) => line.includes(value));
	return index === -1 ? undefined : index + 1;
}

export function docLinksPlugin(options: DocLinkOptions): MdastPluginEntry {
	const extraSlugs = options.extraSlugs ?? [];
	return (context) => {
		const page = guidePageOf(context, options.docsDir);
		if (!page) return undefined;
		const path = page.path;
		// The index is read once per build and kept current in `astro dev` (see doc-index-cache.ts):
		// reading the folder here, once per page, made builds quadratic in pages.
		const pages = docIndex(options.docsDir);
		const fromSlug = slugOfFile(relative(options.docsDir, path));

		const source = readFileSync(path, 'utf8');
		// This page's own headings come from the text being rendered, so they are never stale.
		const ownAnchors = anchorsOf(source);
		const fail = (node: Readonly<Link | Definition>, problem: string, fix: string): never => {
			throw new AuthorError({ file: path, line: fileLineOf(source, node.url, node.position?.start.line), column: node.position?.start.column, problem, fix });
		};
		const resolve = (node: Readonly<Link | Definition>, ctx: MdastVisitorContext) => {
			// Same-page anchors: `#troubleshooting` must exist on this page.
			if (node.url.startsWith('#')) {
				const hash = node.url.slice(1);
				if (node.type === 'link' && hash && !ownAnchors.has(hash)) {
					const suggestion = closest(hash, ownAnchors);
					fail(
						node,
						`the link "${node.url}" is broken: this page has no heading with the id "${hash}".`,
						suggestion ? `did you mean "#${suggestion}"?` : "link to one of the page's headings, or remove the link.",
					);
				}
				return;
			}
			const link = parseDocLink(node.url, fromSlug);
			if (!link) return;
			// A link with a path is checked in full; one to this same page by its path, only for its anchor.
			const problem = link.slug === fromSlug ? checkOwnAnchor(link.hash, ownAnchors) : checkDocLink(link, pages, extraSlugs);
			if (problem) fail(node, `the link "${node.url}" is broken: ${problem.problem}`, problem.fix);
			ctx.setProperty(node, 'url', docUrl(link.slug, link.hash));
		};
		return {
			name: 'doc-links',
			options: { position: true },
			before() {
				const related = page.frontmatter.related;
				if (!Array.isArray(related)) return;
				for (const entry of related) {
					if (typeof entry !== 'string') continue; // the schema reports the type error
					const link = parseDocLink(entry, fromSlug);
					const problem = link ? checkDocLink(link, pages, extraSlugs) : { problem: 'it is not a page of this site.', fix: 'name a guide by its path, e.g. "/docs/providers/compare-providers.md".' };
					if (problem) {
						throw new AuthorError({ file: path, line: lineOfValue(source, entry), problem: `related entry "${entry}" names no page: ${problem.problem}`, fix: problem.fix });
					}
				}
			},
			link: resolve,
			definition: resolve,
		};
	};
}
