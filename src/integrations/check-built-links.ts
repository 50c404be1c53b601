/**
 * Checks the internal links of a built site: every `href` on every page must name a file of the
 * build (a page, the Markdown twin, an asset) or an on-demand route, and a `#fragment` must name
 * an element id on the target page. Pure: the integration feeds it the scanned pages.
 */
import { closest } from '../lib/markdown/author-error.ts';
import type { HtmlScan } from './built-html.ts';

export interface BuiltSite {
	/** Scanned HTML pages by URL path (`/`, `/a/b/`, `/404.html`). */
	pages: Map<string, HtmlScan>;
	/** Whether the build holds a file at this URL path (`/llms.txt`, `/_astro/x.css`). */
	hasFile(pathname: string): boolean;
	/** Whether an on-demand (not prerendered) route answers this URL path. */
	isOnDemand(pathname: string): boolean;
}

export interface BrokenLink {
	/** The page the link is on. */
	page: string;
	href: string;
	problem: string;
	fix: string;
}

/** Fragments that need no element: browsers scroll to the top for an empty fragment or `#top`. */
const TOP_FRAGMENTS = new Set(['', 'top']);

/** The page path a built HTML file answers: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function pagePathOfFile(relativeFile: string): string {
	const path = `/${relativeFile.split('\\').join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function isExternal(href: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function checkFragment(site: BuiltSite, page: string, href: string, targetPath: string, fragment: string): BrokenLink | undefined {
	const target = site.pages.get(targetPath);
	if (!target || TOP_FRAGMENTS.has(fragment.toLowerCase()) || target.ids.has(fragment)) return undefined;
	const suggestion = closest(fragment, target.ids);
	return {
		page,
		href,
		problem: `the page ${targetPath} has no element with the id "${fragment}".`,
		fix:
			suggestion !== undefined
				? `did you mean "#${suggestion}"? Heading ids are the heading text in lower case with spaces as dashes.`
				: 'link to a heading that exists on that page, or drop the #fragment.',
	};
}

/** Problems with one link written on `page`, or undefined when it resolves. */
export function checkBuiltLink(site: BuiltSite, page: string, href: string): BrokenLink | undefined {
	const raw = href.trim();
	if (raw === '' || isExternal(raw)) return undefined;
	const url = new URL(raw, `http://site.invalid${page}`);
	const pathname = safeDecode(url.pathname);
	const fragment = safeDecode(url.hash.slice(1));
	if (site.pages.has(pathname)) return checkFragment(site, page, href, pathname, fragment);
	if (site.hasFile(pathname) || site.isOnDemand(pathname)) return undefined;
	if (!pathname.endsWith('/') && site.pages.has(`${pathname}/`)) {
		return { page, href, problem: `the URL lacks its trailing slash (the site's pages end in "/").`, fix: `write "${pathname}/${url.search}${url.hash}".` };
	}
	const suggestion = closest(pathname, site.pages.keys());
	return {
		page,
		href,
		problem: `no page or file has the URL ${pathname}.`,
		fix: suggestion !== undefined ? `did you mean "${suggestion}"? Correct the link, or create the page.` : 'link to an existing page, or create the page.',
	};
}

/** Every broken internal link of the site, page by page in path order. */
export function findBrokenLinks(site: BuiltSite): BrokenLink[] {
	const broken: BrokenLink[] = [];
	for (const page of [...site.pages.keys()].sort()) {
		const seen = new Set<string>();
		for (const link of site.pages.get(page)!.links) {
			if (seen.has(link.href)) continue; // one report per target and page
			seen.add(link.href);
			const problem = checkBuiltLink(site, page, link.href);
			if (problem) broken.push(problem);
		}
	}
	return broken;
}
