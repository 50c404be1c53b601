/**
 * Turns a link as authors write it into the URL of a guide.
 *
 * Authors write links to guides in several forms (`/docs/x/y.md`, `x/y`, `/x/y/`, `x/y.mdx#part`);
 * they all name the page whose URL is `/x/y/`. Keeping this in one pure function means the
 * frontmatter `related` list, in-text links and the link checker agree on what a link means.
 */

/** A link that names a page of this site. */
export interface DocLink {
	/** The page's slug, e.g. `providers/azure-openai/setup` (empty for the home page). */
	slug: string;
	/** The fragment without `#`, or '' when the link has none. */
	hash: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Whether a link leaves the site (has a scheme such as https: or mailto:, or is protocol-relative). */
export function isExternalLink(href: string): boolean {
	return SCHEME.test(href) || href.startsWith('//');
}

/**
 * Resolves a link to a guide, or returns null when it is not a page link (external URL, pure
 * `#anchor`, or a link to an asset such as `/favicon.svg`).
 *
 * @param href the link as written
 * @param fromSlug slug of the page the link is written in; only needed for `./x` and `../x` links
 */
export function parseDocLink(href: string, fromSlug = ''): DocLink | null {
	const raw = href.trim();
	if (raw === '' || isExternalLink(raw) || raw.startsWith('#')) return null;
	const hashIndex = raw.indexOf('#');
	const pathPart = (hashIndex === -1 ? raw : raw.slice(0, hashIndex)).split('?')[0];
	const hash = hashIndex === -1 ? '' : raw.slice(hashIndex + 1);

	let segments: string[];
	if (pathPart.startsWith('./') || pathPart.startsWith('../')) {
		// File-relative links resolve against the folder of the page they are written in.
		segments = fromSlug.split('/').slice(0, -1).filter(Boolean);
		for (const part of pathPart.split('/')) {
			if (part === '..') segments.pop();
			else if (part !== '.' && part !== '') segments.push(part);
		}
	} else {
		segments = pathPart.split('/').filter(Boolean);
	}
	if (segments[0] === 'docs') segments = segments.slice(1);

	const last = segments.at(-1) ?? '';
	const extension = /\.(mdx?)$/i.exec(last);
	if (extension) segments[segments.length - 1] = last.slice(0, -extension[0].length);
	else if (/\.[a-z0-9]+$/i.test(last)) return null; // an asset such as /og.png or /llms.txt
	if (segments.at(-1) === 'index') segments.pop();

	return { slug: segments.join('/').toLowerCase(), hash };
}

/** The URL of the page with this slug: `/x/y/` (the site uses trailing slashes). */
export function docUrl(slug: string, hash = ''): string {
	const path = slug === '' ? '/' : `/${slug}/`;
	return hash ? `${path}#${hash}` : path;
}

/** Resolves an author-written link straight to its page URL, or null when it is not a page link. */
export function resolveDocHref(href: string, fromSlug = ''): string | null {
	const link = parseDocLink(href, fromSlug);
	return link ? docUrl(link.slug, link.hash) : null;
}
