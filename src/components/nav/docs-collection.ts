/**
 * Data that page components derive from the whole docs collection (backlinks, the titles of
 * related guides), computed once per build instead of once per page.
 *
 * Why: every guide page showed its backlinks by loading the collection and scanning every
 * guide's Markdown for links, which made page generation quadratic in pages. In a build the
 * collection does not change, so the result is kept for the whole build; in `astro dev` it is
 * computed again for each page view, so an edit shows at the next reload.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { computeBacklinks, type Backlink } from '../../lib/nav/backlinks';

export interface DocsCollectionData {
	/** Guides by slug (`entry.id`). */
	bySlug: Map<string, CollectionEntry<'docs'>>;
	/** "Linked from" lists by target slug. */
	backlinks: Map<string, Backlink[]>;
}

async function compute(): Promise<DocsCollectionData> {
	const docs = await getCollection('docs');
	const backlinks = computeBacklinks(
		docs.map((doc) => ({
			slug: doc.id,
			title: doc.data.title,
			description: doc.data.description,
			related: (doc.data as { related?: string[] }).related ?? [],
			body: doc.body ?? '',
		})),
	);
	return { bySlug: new Map(docs.map((doc) => [doc.id, doc])), backlinks };
}

let perBuild: Promise<DocsCollectionData> | undefined;

export function docsCollectionData(): Promise<DocsCollectionData> {
	if (import.meta.env.DEV) return compute();
	perBuild ??= compute();
	return perBuild;
}
