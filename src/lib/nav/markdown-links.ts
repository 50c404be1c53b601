/**
 * Finds the link targets written in a guide's Markdown, without rendering it.
 *
 * Backlinks and the Markdown twins need the links of every guide at once, which a remark plugin
 * (one page at a time) cannot give. A line scan is enough here: fenced code is skipped, inline
 * code spans are blanked, and both inline links `[text](target "title")` and reference
 * definitions `[label]: target` are read.
 */

export interface MarkdownLink {
	/** The target as written, e.g. `/docs/providers/compare-providers.md#costs`. */
	href: string;
	/** 1-based line in the scanned text. */
	line: number;
}

const INLINE_LINK = /!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g;
const DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/;
const FENCE = /^\s*(`{3,}|~{3,})/;

/** Every link in the Markdown body, images excluded, in reading order. */
export function markdownLinks(markdown: string): MarkdownLink[] {
	const links: MarkdownLink[] = [];
	let fence: string | null = null;
	markdown.split('\n').forEach((raw, index) => {
		const fenceMatch = FENCE.exec(raw);
		if (fenceMatch) {
			if (fence === null) fence = fenceMatch[1];
			else if (fenceMatch[1].startsWith(fence[0]) && fenceMatch[1].length >= fence.length) fence = null;
			return;
		}
		if (fence !== null) return;
		// Blank inline code so that `[a](b)` shown as code is not taken for a link.
		const line = raw.replace(/(`+)[^`]*?\1/g, (code) => ' '.repeat(code.length));
		const definition = DEFINITION.exec(line);
		if (definition) {
			links.push({ href: definition[1], line: index + 1 });
			return;
		}
		for (const match of line.matchAll(INLINE_LINK)) {
			if (match[0].startsWith('!')) continue; // an image, not a link
			links.push({ href: match[1], line: index + 1 });
		}
	});
	return links;
}
