/**
 * Adds the site's own pages to every build made with the site configuration (the real site and
 * the test fixtures alike): the home page, the landing page of each level, persona and
 * category, the Markdown twin of each guide, /llms.txt, the favicon and the /freshness/ report.
 *
 * They live in src/pages/_site/ (the underscore keeps Astro from routing them a second time) and
 * are injected here by absolute path, so a fixture site with its own root gets the same pages
 * and its links to them resolve.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const page = (path: string) => fileURLToPath(new URL(`../pages/_site/${path}`, import.meta.url));

/** URL pattern → the file that makes it. */
export const SITE_ROUTES: ReadonlyArray<{ pattern: string; entrypoint: string }> = [
	{ pattern: '/', entrypoint: page('index.astro') },
	{ pattern: '/levels/[level]', entrypoint: page('levels/[level].astro') },
	{ pattern: '/personas/[persona]', entrypoint: page('personas/[persona].astro') },
	{ pattern: '/categories/[category]', entrypoint: page('categories/[category].astro') },
	{ pattern: '/[...slug].md', entrypoint: page('[...slug].md.ts') },
	{ pattern: '/llms.txt', entrypoint: page('llms.txt.ts') },
	{ pattern: '/favicon.svg', entrypoint: page('favicon.svg.ts') },
	{ pattern: '/freshness', entrypoint: page('freshness.astro') },
];

export function sitePages(): AstroIntegration {
	return {
		name: 'llm-guides:site-pages',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				for (const route of SITE_ROUTES) injectRoute({ ...route, prerender: true });
			},
		},
	};
}
