/**
 * Compiles one guide's Markdown with Sätteri outside Astro, the way Astro's pipeline does
 * (GFM and directives, which Starlight turns on; the page's frontmatter in
 * `data.astro.frontmatter`; its file as `fileURL`), for the build's check pass, the rot check
 * and tests. Astro's own render also highlights code and adds Starlight's plugins; the site's
 * plugins see the same tree either way.
 */
import { pathToFileURL } from 'node:url';
import { markdownToHtml, markdownToMdast, type Features, type MdastPluginList } from 'satteri';
import type { Root } from 'mdast';

/** The Markdown features the guides are written with (Starlight enables directives). */
export const GUIDE_FEATURES: Features = { gfm: true, directive: true };

/** The source with its frontmatter blanked out line for line, so tree positions are file lines. */
export function withoutFrontmatter(source: string): string {
	const match = /^---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/.exec(source);
	return match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
}

export interface CompileOptions {
	/** Absolute path of the page's file (plugins name it in errors and skip files outside the docs). */
	path?: string;
	frontmatter?: Record<string, unknown>;
}

/** Runs `plugins` over `markdown` (a page body) and returns the HTML; a plugin's error rejects. */
export async function compilePage(markdown: string, plugins: MdastPluginList, options: CompileOptions = {}): Promise<string> {
	const { html } = await markdownToHtml(markdown, {
		mdastPlugins: plugins,
		features: GUIDE_FEATURES,
		fileURL: options.path ? pathToFileURL(options.path) : undefined,
		// The shape Astro seeds (its image and heading plugins fill the rest in its own pipeline).
		data: { astro: { frontmatter: options.frontmatter ?? {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
	});
	return html;
}

/** The page body's mdast tree, with positions (file lines when the frontmatter was blanked). */
export function parsePage(markdown: string): Root {
	return markdownToMdast(markdown, { features: GUIDE_FEATURES, position: true }) as Root;
}
