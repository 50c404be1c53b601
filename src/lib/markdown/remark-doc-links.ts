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
import type { Link, Definition, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { docUrl, parseDocLink, type DocLink } from '../links/doc-link';
import { readDocIndex, slugOfFile, type DocPage } from '../links/doc-index';
import { AuthorError, closest, fileLineOf } from './author-error';
import { relative } from 'node:path';

export interface DocLinkOptions {
	/** Absolute path of the docs content folder. */
	docsDir: string;
	/** Slugs of pages made outside the docs folder (home and landing pages), which links may name. */
	extraSlugs?: readonly string[];
}

/** Describes why a link does not resolve, or returns undefined when it does. */
export function checkDocLink(link: DocLink, pages: Map<string, DocPage>, extraSlugs: readonly string[], _fromSlug: string): { problem: string; fix: string } | undefined {
	const page = pages.get(link.slug);
	if (!page) {
		if (extraSlugs.includes(link.slug)) return undefined;
		const suggestion = closest(link.slug, [...pages.keys(), ...extraSlugs]);
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

/** The 1-based line of a frontmatter list value in the raw file, for error messages. */
function lineOfValue(source: string, value: string): number | undefined {
	const lines = source.split('\n');
	const index = lines.findIndex((line) => line.includes(value));
	return index === -1 ? undefined : index + 1;
}

export function remarkDocLinks(options: DocLinkOptions) {
	const extraSlugs = options.extraSlugs ?? [];
	return function transform(tree: Root, file: VFile) {
		const path = file.path;
		if (!path || !path.startsWith(options.docsDir)) return;
		// Re-read the folder per page: cheap for a docs site, and always current in `astro dev`.
		const pages = readDocIndex(options.docsDir);
		const fromSlug = slugOfFile(relative(options.docsDir, path));

		const source = readFileSync(path, 'utf8');
		const fix = (node: Link | Definition) => {
			const link = parseDocLink(node.url, fromSlug);
			if (!link) return;
			// A bare `#anchor` is skipped by parseDocLink; a link with a path is checked in full.
			const problem = checkDocLink(link, pages, extraSlugs, fromSlug);
			if (problem) {
				throw new AuthorError({
					file: path,
					line: fileLineOf(source, node.url, node.position?.start.line),
					column: node.position?.start.column,
					problem: `the link "${node.url}" is broken: ${problem.problem}`,
					fix: problem.fix,
				});
			}
			node.url = docUrl(link.slug, link.hash);
		};
		visit(tree, 'link', fix);
		visit(tree, 'definition', fix);

		// Same-page anchors: `#troubleshooting` must exist on this page.
		const own = pages.get(fromSlug);
		visit(tree, 'link', (node: Link) => {
			if (!node.url.startsWith('#') || !own) return;
			const hash = node.url.slice(1);
			if (hash && !own.anchors.has(hash)) {
				const suggestion = closest(hash, own.anchors);
				throw new AuthorError({
					file: path,
					line: fileLineOf(source, node.url, node.position?.start.line),
					column: node.position?.start.column,
					problem: `the link "${node.url}" is broken: this page has no heading with the id "${hash}".`,
					fix: suggestion ? `did you mean "#${suggestion}"?` : "link to one of the page's headings, or remove the link.",
				});
			}
		});

		const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
		const related = frontmatter?.related;
		if (Array.isArray(related)) {
			for (const entry of related) {
				if (typeof entry !== 'string') continue; // the schema reports the type error
				const link = parseDocLink(entry, fromSlug);
				const problem = link
					? checkDocLink(link, pages, extraSlugs, fromSlug)
					: { problem: 'it is not a page of this site.', fix: 'name a guide by its path, e.g. "/docs/providers/compare-providers.md".' };
				if (problem) {
					throw new AuthorError({
						file: path,
						line: lineOfValue(source, entry),
						problem: `related entry "${entry}" names no page: ${problem.problem}`,
						fix: problem.fix,
					});
				}
			}
		}
	};
}
