/** The Markdown (Sätteri mdast) plugins every guide (.md and .mdx) goes through, in order. */
import type { MdastPluginEntry } from 'satteri';
import { docLinksPlugin } from '../lib/markdown/doc-links-plugin.ts';
import { guideFieldsPlugin } from '../lib/markdown/guide-fields-plugin.ts';
import { citationsPlugin } from '../lib/markdown/citations-plugin.ts';
import { runnablePlugin } from '../lib/markdown/runnable-plugin.ts';
import { catalogPlugin } from '../lib/markdown/catalog-plugin.ts';
import { externalLinksPlugin } from '../lib/nav/external-links-plugin.ts';
import { checksPassedPlugin } from '../lib/markdown/checked-pages.ts';
import { siteSettings } from '../lib/site-settings.ts';
import { EXTRA_PAGE_SLUGS } from './extra-pages.ts';

export function markdownPlugins(docsDir: string): MdastPluginEntry[] {
	return [
		guideFieldsPlugin({ docsDir }),
		docLinksPlugin({ docsDir, extraSlugs: EXTRA_PAGE_SLUGS }),
		citationsPlugin({ repoUrl: siteSettings.sourceRepoUrl, repoRef: siteSettings.sourceRepoRef }),
		runnablePlugin(),
		catalogPlugin(),
		externalLinksPlugin(),
		// Last: records that the checks above passed, so the build's check pass skips the page.
		checksPassedPlugin({ docsDir }),
	];
}
