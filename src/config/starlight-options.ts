/** Starlight's options: title, sidebar, component overrides and route middleware. */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { buildSidebar } from './sidebar.ts';

/** Absolute path of a file of this project, so fixture sites elsewhere use the same components. */
const own = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export function starlightOptions(docsDir: string): StarlightUserConfig {
	return {
		title: 'LLM Provider Guides',
		description: 'Set up LLM providers and make your first call: guides with runnable examples.',
		sidebar: buildSidebar(docsDir),
		lastUpdated: false,
		pagination: true,
		routeMiddleware: own('route-middleware.ts'),
		customCss: [own('styles/site.css')],
		components: {
			PageTitle: own('components/overrides/PageTitle.astro'),
			MarkdownContent: own('components/overrides/MarkdownContent.astro'),
			Search: own('components/search/Search.astro'),
			Footer: own('components/overrides/Footer.astro'),
		},
	};
}
