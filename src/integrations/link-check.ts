/**
 * Astro integration: after the build, reads every built HTML page and fails the build when an
 * internal link leads nowhere or names a `#fragment` its target page lacks.
 *
 * The Markdown stage already checks links written in guides (with file and line); this check
 * also covers links made by components, landing pages and the home page, and anything a later
 * plugin rewrote. Each problem names the source file (and line, when the link is written there
 * literally), the built page and the target.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, IntegrationResolvedRoute } from 'astro';
import { readDocIndex } from '../lib/links/doc-index.ts';
import { displayPath } from '../lib/markdown/author-error.ts';
import { BuiltPagesScanner, type HtmlScan } from './built-html.ts';
import { findBrokenLinks, pagePathOfFile, type BrokenLink } from './check-built-links.ts';

export interface LinkCheckOptions {
	/** Absolute path of the docs folder, to name a guide's file as the source of its page. */
	docsDir: string;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** 1-based line of the first line of `file` holding `href`, if the link is written there literally. */
function lineOf(file: string, href: string): number | undefined {
	if (!existsSync(file)) return undefined;
	const lines = readFileSync(file, 'utf8').split('\n');
	const index = lines.findIndex((line) => line.includes(`"${href}"`) || line.includes(`'${href}'`) || line.includes(`(${href})`));
	return index === -1 ? undefined : index + 1;
}

export interface SourceFinder {
	(page: string): string | undefined;
}

/** Finds the file a page was built from: the guide for a docs page, else the route's component. */
export function sourceFinder(root: string, docsDir: string, routes: readonly IntegrationResolvedRoute[]): SourceFinder {
	const docs = readDocIndex(docsDir);
	return (page) => {
		const guide = docs.get(page.replace(/^\/|\/$/g, ''));
		if (guide) return guide.file;
		const candidates = routes.filter((route) => route.type === 'page' && route.patternRegex.test(page));
		// Prefer the site's own files (src/pages, injected site pages) over a theme's catch-all route.
		const route = candidates.find((candidate) => !candidate.entrypoint.includes('node_modules')) ?? candidates[0];
		if (!route) return undefined;
		return isAbsolute(route.entrypoint) ? route.entrypoint : join(root, route.entrypoint);
	};
}

/** The build-failing message: one entry per broken link, in the style of the Markdown checks. */
export function formatBrokenLinks(broken: readonly BrokenLink[], findSource: SourceFinder, root: string): string {
	const entries = broken.map((link) => {
		const file = findSource(link.page);
		const line = file ? lineOf(file, link.href) : undefined;
		const where = file ? `${displayPath(file, root)}${line ? `:${line}` : ''} (page ${link.page})` : `page ${link.page}`;
		return `${where}: the link "${link.href}" is broken: ${link.problem}\n  How to fix: ${link.fix}`;
	});
	return `Link check: ${broken.length} broken internal link${broken.length === 1 ? '' : 's'} in the built site.\n${entries.join('\n')}`;
}

/** Scans the built pages under `clientDir` for the checker. */
export function readBuiltSite(clientDir: string, onDemand: readonly IntegrationResolvedRoute[]) {
	const pages = new Map<string, HtmlScan>();
	const scanner = new BuiltPagesScanner();
	for (const file of htmlFiles(clientDir)) pages.set(pagePathOfFile(relative(clientDir, file)), scanner.scan(readFileSync(file, 'utf8')));
	return {
		pages,
		hasFile: (pathname: string) => {
			const path = join(clientDir, pathname);
			return path.startsWith(clientDir) && existsSync(path) && statSync(path).isFile();
		},
		isOnDemand: (pathname: string) => onDemand.some((route) => route.patternRegex.test(pathname)),
	};
}

export function linkCheck(options: LinkCheckOptions): AstroIntegration {
	let routes: IntegrationResolvedRoute[] = [];
	let root = process.cwd();
	return {
		name: 'llm-guides:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:routes:resolved': ({ routes: resolved }) => {
				routes = resolved;
			},
			'astro:build:done': ({ dir, logger }) => {
				const clientDir = fileURLToPath(dir);
				const site = readBuiltSite(
					clientDir,
					routes.filter((route) => !route.isPrerendered),
				);
				const broken = findBrokenLinks(site);
				if (broken.length > 0) throw new Error(formatBrokenLinks(broken, sourceFinder(root, options.docsDir, routes), root));
				logger.info(`Checked the internal links of ${site.pages.size} pages: none broken.`);
			},
		},
	};
}
