/**
 * The docs folder's index (pages, headings, frontmatter), read once per build and kept current
 * in `astro dev`.
 *
 * Why: remark plugins run once per page, and each used to re-read and re-parse every guide to
 * check its links, which made a build quadratic in pages (1,005 pages: content sync alone took
 * 16 minutes). Here the folder is walked once; after that a page is re-read only when its file
 * changed (its mtime or size differ: one stat per page looked up, not a read of the folder),
 * and the folder is listed again only when told a file was added or removed
 * (`invalidateDocIndex`, wired to the dev server's file watcher by the guide-check integration)
 * or when a link names a slug the index does not know (`refresh`, so a page created a moment
 * ago is found before a link to it is called broken).
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { anchorsOf, docFiles, frontmatterOf, slugOfFile, type DocPage } from './doc-index.ts';

interface Entry {
	page: DocPage;
	mtimeMs: number;
	size: number;
}

class CachedDocIndex {
	/** By slug. Kept across re-listings, so unchanged files are never read twice. */
	#entries = new Map<string, Entry>();
	#listed = false;

	private readonly docsDir: string;

	// A plain field, not a parameter property: scripts run this file under Node's type stripping.
	constructor(docsDir: string) {
		this.docsDir = docsDir;
	}

	/** The page with this slug, current with its file; undefined when no file has that slug. */
	get(slug: string): DocPage | undefined {
		const entry = this.#all().get(slug);
		if (!entry) return undefined;
		if (this.#isCurrent(entry)) return entry.page;
		try {
			const fresh = this.#read(entry.page.file);
			this.#entries.set(slug, fresh);
			return fresh.page;
		} catch {
			// Deleted since it was read.
			this.refresh();
			return this.#entries.get(slug)?.page;
		}
	}

	/** Every slug, for "did you mean" suggestions. */
	slugs(): string[] {
		return [...this.#all().keys()];
	}

	/** Lists the folder again now; unchanged files are not re-read. */
	refresh(): void {
		this.invalidate();
		this.#all();
	}

	/** The folder changed (a file was added, removed or renamed): list it again on next use. */
	invalidate(): void {
		this.#listed = false;
	}

	/** One file changed: re-read it on next use (or list the folder again if it is new). */
	invalidateFile(file: string): void {
		const entry = [...this.#entries.values()].find((candidate) => candidate.page.file === file);
		if (entry) entry.mtimeMs = Number.NaN;
		else this.invalidate();
	}

	#isCurrent(entry: Entry): boolean {
		try {
			const stats = statSync(entry.page.file);
			return stats.mtimeMs === entry.mtimeMs && stats.size === entry.size;
		} catch {
			return false;
		}
	}

	#all(): Map<string, Entry> {
		if (this.#listed) return this.#entries;
		const byFile = new Map([...this.#entries.values()].map((entry) => [entry.page.file, entry]));
		this.#entries = new Map();
		for (const file of docFiles(this.docsDir)) {
			const known = byFile.get(file);
			const entry = known && this.#isCurrent(known) ? known : this.#read(file);
			this.#entries.set(entry.page.slug, entry);
		}
		this.#listed = true;
		return this.#entries;
	}

	#read(file: string): Entry {
		const stats = statSync(file);
		const source = readFileSync(file, 'utf8');
		const slug = slugOfFile(relative(this.docsDir, file));
		const frontmatter = frontmatterOf(source);
		const title = typeof frontmatter.title === 'string' ? frontmatter.title : slug;
		return { page: { slug, file, anchors: anchorsOf(source), title, frontmatter }, mtimeMs: stats.mtimeMs, size: stats.size };
	}
}

const indexes = new Map<string, CachedDocIndex>();

/** The shared index of one docs folder (absolute path). */
export function docIndex(docsDir: string): CachedDocIndex {
	let index = indexes.get(docsDir);
	if (!index) {
		index = new CachedDocIndex(docsDir);
		indexes.set(docsDir, index);
	}
	return index;
}

/** Called on file-watcher events: `file` changed, or (without `file`) the folder did. */
export function invalidateDocIndex(file?: string): void {
	for (const [docsDir, index] of indexes) {
		if (file === undefined) index.invalidate();
		else if (file.startsWith(docsDir)) index.invalidateFile(file);
	}
}

export type { CachedDocIndex };
