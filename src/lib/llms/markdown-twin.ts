/**
 * The Markdown twin of a guide, served at the guide's URL plus `.md` for AI tools and for
 * "Copy page as Markdown": the author's Markdown with the frontmatter cut down to what a reader
 * needs (title, description, last reviewed), source markers turned into footnotes, and links
 * to other guides pointed at their twins.
 */
import { stringify } from 'yaml';
import { parseDocLink } from '../links/doc-link.ts';
import { describeLines, markerKey, sourceUrl, splitSourceMarkers, type SourceMarker } from '../markdown/citations.ts';

export interface TwinInput {
	slug: string;
	title: string;
	description?: string;
	/** YYYY-MM-DD */
	lastReviewed?: string;
	/** The Markdown body without frontmatter (a leading frontmatter block is removed anyway). */
	body: string;
	/** Repository that source markers point into, for footnote links. */
	repoUrl?: string;
	repoRef?: string;
}

/** URL of a guide's twin: `/x/y.md`. */
export function twinUrl(slug: string): string {
	return `/${slug}.md`;
}

const FENCE = /^\s*(`{3,}|~{3,})/;

/** Applies `rewrite` to the lines outside fenced code blocks. */
function mapProseLines(markdown: string, rewrite: (line: string) => string): string {
	let fence: string | null = null;
	return markdown
		.split('\n')
		.map((line) => {
			const match = FENCE.exec(line);
			if (match) {
				if (fence === null) fence = match[1];
				else if (match[1][0] === fence[0] && match[1].length >= fence.length) fence = null;
				return line;
			}
			return fence === null ? rewrite(line) : line;
		})
		.join('\n');
}

/** Points links to other guides at their twins; external links and pure anchors stay as they are. */
export function rewriteGuideLinks(markdown: string, fromSlug: string): string {
	return mapProseLines(markdown, (line) =>
		line.replace(/(\]\(\s*<?)([^)\s>]+)/g, (whole, before: string, href: string) => {
			const link = parseDocLink(href, fromSlug);
			if (!link || link.slug === '') return whole;
			return `${before}${twinUrl(link.slug)}${link.hash ? `#${link.hash}` : ''}`;
		}),
	);
}

/** Turns `【F:path†L1-L2】` markers into Markdown footnotes `[^source-1]`, one per distinct source. */
export function markersToFootnotes(markdown: string, repoUrl?: string, repoRef?: string): string {
	const numbers = new Map<string, { number: number; marker: SourceMarker }>();
	const body = mapProseLines(markdown, (line) =>
		splitSourceMarkers(line)
			.map((part) => {
				if (typeof part === 'string') return part;
				const key = markerKey(part);
				if (!numbers.has(key)) numbers.set(key, { number: numbers.size + 1, marker: part });
				return `[^source-${numbers.get(key)!.number}]`;
			})
			.join(''),
	);
	if (numbers.size === 0) return body;
	const notes = [...numbers.values()].map(({ number, marker }) => {
		const url = sourceUrl(marker, repoUrl, repoRef);
		const where = `\`${marker.path}\`, ${describeLines(marker)}`;
		return `[^source-${number}]: Source: ${url ? `[${where}](${url})` : where}.`;
	});
	return `${body.replace(/\s+$/, '')}\n\n${notes.join('\n')}\n`;
}

export function markdownTwin(input: TwinInput): string {
	const frontmatter: Record<string, string> = { title: input.title };
	if (input.description) frontmatter.description = input.description;
	if (input.lastReviewed) frontmatter.last_reviewed = input.lastReviewed;
	const body = input.body.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').replace(/^\s+/, '');
	const converted = markersToFootnotes(rewriteGuideLinks(body, input.slug), input.repoUrl, input.repoRef);
	return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n# ${input.title}\n\n${converted.replace(/\s+$/, '')}\n`;
}
