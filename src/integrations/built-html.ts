/**
 * Reads the links and element ids of a built HTML page.
 *
 * Astro writes well-formed HTML in which a literal `<` in text is always escaped, so every `<`
 * followed by a letter starts a tag; scripts, styles and comments are cut out first (their text
 * may hold anything). Attribute values are read quoted or bare and their entities decoded.
 * This avoids a full HTML parser dependency for what is a narrow, well-defined reading.
 */

export interface HtmlLink {
	href: string;
	tag: string;
}

export interface HtmlScan {
	ids: Set<string>;
	links: HtmlLink[];
}

const RAW_TEXT = /<(script|style|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
		return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/** The attributes of a tag's attribute text, names lower-cased, values decoded. */
export function parseAttributes(text: string): Map<string, string> {
	const attributes = new Map<string, string>();
	for (const match of text.matchAll(ATTRIBUTE)) {
		const name = match[1].toLowerCase();
		if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
	}
	return attributes;
}

export function scanHtml(html: string): HtmlScan {
	return scanText(html.replace(RAW_TEXT, ''));
}

/** Scans HTML whose scripts, styles and comments are already cut out. */
function scanText(text: string): HtmlScan {
	const ids = new Set<string>();
	const links: HtmlLink[] = [];
	for (const match of text.matchAll(TAG)) {
		const tag = match[1].toLowerCase();
		const attributes = parseAttributes(match[2]);
		const id = attributes.get('id');
		if (id) ids.add(id);
		if (tag === 'a' && attributes.get('name')) ids.add(attributes.get('name')!);
		const href = attributes.get('href');
		if (href !== undefined && tag !== 'base') links.push({ href, tag });
	}
	return { ids, links };
}

/** Starlight's sidebar element, whole: the same on every page but for the current link's mark. */
const SIDEBAR = /<sl-sidebar-state-persist\b[\s\S]*?<\/sl-sidebar-state-persist>/;
const CURRENT_MARK = / aria-current="page"/g;

/**
 * Scans the pages of one build, reading the sidebar once.
 *
 * Why: the sidebar lists every page, so it holds most of each page's tags, and reading it on
 * every page made the link check grow with the square of the pages. Its scan is kept by its text
 * (less the `aria-current` mark, which names no link or id), so a page whose sidebar differs in
 * anything else is read in full.
 */
export class BuiltPagesScanner {
	readonly #sidebars = new Map<string, HtmlScan>();

	scan(html: string): HtmlScan {
		const text = html.replace(RAW_TEXT, '');
		const sidebar = SIDEBAR.exec(text);
		if (!sidebar) return scanText(text);
		const key = sidebar[0].replace(CURRENT_MARK, '');
		let inSidebar = this.#sidebars.get(key);
		if (!inSidebar) {
			inSidebar = scanText(key);
			this.#sidebars.set(key, inSidebar);
		}
		const before = scanText(text.slice(0, sidebar.index));
		const after = scanText(text.slice(sidebar.index + sidebar[0].length));
		return {
			ids: new Set([...before.ids, ...inSidebar.ids, ...after.ids]),
			links: [...before.links, ...inSidebar.links, ...after.links],
		};
	}
}
