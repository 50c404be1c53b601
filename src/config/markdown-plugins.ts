/** The remark plugins every guide (.md and .mdx) goes through, in order. */
import { remarkDocLinks } from '../lib/markdown/remark-doc-links.ts';
import { remarkGuideFields } from '../lib/markdown/remark-guide-fields.ts';
import { remarkCitations } from '../lib/markdown/remark-citations.ts';
import { remarkRunnable } from '../lib/markdown/remark-runnable.ts';
import { remarkCatalog } from '../lib/markdown/remark-catalog.ts';
import { remarkExternalLinks } from '../lib/nav/remark-external-links.ts';
import { siteSettings } from '../lib/site-settings.ts';
import { EXTRA_PAGE_SLUGS } from './extra-pages.ts';

export function markdownPlugins(docsDir: string) {
	return [
		[remarkGuideFields, { docsDir }],
		[remarkDocLinks, { docsDir, extraSlugs: EXTRA_PAGE_SLUGS }],
		[remarkCitations, { repoUrl: siteSettings.sourceRepoUrl, repoRef: siteSettings.sourceRepoRef }],
		remarkRunnable,
		remarkCatalog,
		remarkExternalLinks,
	] as const;
}
