/**
 * What the site's Markdown plugins need to know about the page being compiled, read from the
 * context Sätteri hands a plugin factory once per document: its file path (for author errors
 * and to skip files outside the docs folder) and its parsed frontmatter (Astro seeds
 * `data.astro.frontmatter`; the build's check pass seeds the same key).
 */
import { fileURLToPath } from 'node:url';
import type { PluginFactoryContext } from 'satteri';

export interface PageContext {
	/** Absolute path of the page's file; undefined when the compile names no file. */
	path: string | undefined;
	frontmatter: Record<string, unknown>;
}

export function pageContextOf(context: Pick<PluginFactoryContext, 'fileURL' | 'data'>): PageContext {
	const path = context.fileURL?.protocol === 'file:' ? fileURLToPath(context.fileURL) : undefined;
	const frontmatter = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
	return { path, frontmatter };
}

/** The page, when it is a guide under `docsDir` (the plugins leave other Markdown alone). */
export function guidePageOf(context: Pick<PluginFactoryContext, 'fileURL' | 'data'>, docsDir: string): (PageContext & { path: string }) | undefined {
	const page = pageContextOf(context);
	return page.path?.startsWith(docsDir) ? (page as PageContext & { path: string }) : undefined;
}
