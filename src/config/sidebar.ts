/**
 * The sidebar: one group per category, in the order of CATEGORIES, each listing the guides whose
 * first category it is (alphabetically by title). Built from the docs folder when the config
 * loads, so a new guide appears without editing this file.
 */
import { fileURLToPath } from 'node:url';
import { readDocIndex } from '../lib/links/doc-index.ts';
import { CATEGORIES } from '../lib/content/frontmatter.ts';
import { CATEGORY_LABELS } from '../lib/content/labels.ts';
import { docUrl } from '../lib/links/doc-link.ts';

export function buildSidebar(docsDir = fileURLToPath(new URL('../content/docs/', import.meta.url))) {
	const pages = [...readDocIndex(docsDir).values()];
	return CATEGORIES.map((category) => ({
		label: CATEGORY_LABELS[category],
		items: pages
			.filter((page) => Array.isArray(page.frontmatter.categories) && page.frontmatter.categories[0] === category)
			.sort((a, b) => a.title.localeCompare(b.title))
			.map((page) => ({ label: page.title, link: docUrl(page.slug) })),
	})).filter((group) => group.items.length > 0);
}
