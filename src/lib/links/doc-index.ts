/**
 * What pages (and headings) the docs folder holds, read from disk.
 *
 * Remark plugins run page by page and cannot ask Astro for the whole collection, so link checks
 * read the folder themselves. Headings are slugged the way Starlight's heading ids are
 * (github-slugger over the heading's text) so `#anchor` links can be checked too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';

export interface DocPage {
	slug: string;
	file: string;
	/** Heading ids on the page. */
	anchors: Set<string>;
	title: string;
	/** The raw frontmatter, unvalidated (the content collection validates it). */
	frontmatter: Record<string, unknown>;
}

/** Slug of a docs file, relative to the docs folder: `a/b.md` → `a/b`, `a/index.mdx` → `a`. */
export function slugOfFile(relativePath: string): string {
	const parts = relativePath
		.split(sep)
		.join('/')
		.replace(/\.mdx?$/i, '')
		.split('/');
	if (parts.at(-1) === 'index') parts.pop();
	return parts.join('/').toLowerCase();
}

/** Reduces a Markdown heading line to its visible text. */
function headingText(markdown: string): string {
	return markdown
		.replace(/\s+\{#([^}]+)\}\s*$/, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[`*_~]/g, '')
		.replace(/<[^>]+>/g, '')
		.trim();
}

/** Heading ids of a Markdown/MDX source, skipping fenced code. */
export function anchorsOf(source: string): Set<string> {
	const slugger = new GithubSlugger();
	const anchors = new Set<string>();
	let fence: string | null = null;
	for (const line of source.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
		const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
		if (fenceMatch) {
			if (fence === null) fence = fenceMatch[1];
			else if (fenceMatch[1].startsWith(fence)) fence = null;
			continue;
		}
		if (fence !== null) continue;
		const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
		if (!heading) continue;
		const explicit = /\{#([^}]+)\}\s*$/.exec(heading[1]);
		anchors.add(explicit ? explicit[1] : slugger.slug(headingText(heading[1])));
	}
	return anchors;
}

/** The frontmatter of a source file, or {} when it has none or it does not parse. */
export function frontmatterOf(source: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	if (!match) return {};
	try {
		const data = parseYaml(match[1]) as unknown;
		return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
	} catch {
		return {}; // the content collection reports YAML errors with their position
	}
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : /\.mdx?$/i.test(name) ? [path] : [];
	});
}

/** Every page in the docs folder, keyed by slug. */
export function readDocIndex(docsDir: string): Map<string, DocPage> {
	const pages = new Map<string, DocPage>();
	for (const file of walk(docsDir)) {
		const source = readFileSync(file, 'utf8');
		const slug = slugOfFile(relative(docsDir, file));
		const frontmatter = frontmatterOf(source);
		const title = typeof frontmatter.title === 'string' ? frontmatter.title : slug;
		pages.set(slug, { slug, file, anchors: anchorsOf(source), title, frontmatter });
	}
	return pages;
}
