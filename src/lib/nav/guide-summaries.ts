/**
 * The short form of a guide that lists, cards and llms.txt show: title, description, URL,
 * reading time and the values it is grouped under. Pure: built from collection entries (or
 * anything shaped like them) so it can be tested without Astro.
 */
import { docUrl } from '../links/doc-link.ts';
import { TAXONOMIES, type TaxonomyKind } from './taxonomy.ts';

export interface GuideSummary {
	slug: string;
	url: string;
	title: string;
	description: string;
	minutes: number;
	levels: string[];
	personas: string[];
	categories: string[];
}

/** The fields of a docs entry that summaries read; other fields are ignored. */
export interface GuideEntryLike {
	id: string;
	data: {
		title: string;
		description?: string;
		min_read_minutes?: number;
		audience_levels?: readonly string[];
		personas?: readonly string[];
		categories?: readonly string[];
	};
}

/** Summaries of the guides among the entries (entries without guide fields are skipped), sorted like the sidebar. */
export function summarizeGuides(entries: readonly GuideEntryLike[]): GuideSummary[] {
	return entries
		.filter((entry) => Array.isArray(entry.data.audience_levels))
		.map((entry) => ({
			slug: entry.id,
			url: docUrl(entry.id),
			title: entry.data.title,
			description: entry.data.description ?? '',
			minutes: entry.data.min_read_minutes ?? 0,
			levels: [...(entry.data.audience_levels ?? [])],
			personas: [...(entry.data.personas ?? [])],
			categories: [...(entry.data.categories ?? [])],
		}))
		.sort(bySidebarOrder);
}

/** The sidebar's order: first category in CATEGORIES order, then title. */
function bySidebarOrder(a: GuideSummary, b: GuideSummary): number {
	const order = TAXONOMIES.category.values;
	return order.indexOf(a.categories[0]) - order.indexOf(b.categories[0]) || a.title.localeCompare(b.title);
}

function valuesOf(guide: GuideSummary, kind: TaxonomyKind): string[] {
	return kind === 'level' ? guide.levels : kind === 'persona' ? guide.personas : guide.categories;
}

/**
 * The guides tagged with a value. Within a level, persona or category the guides that start
 * easiest come first (a beginner page before an advanced one), then the sidebar order.
 */
export function guidesFor(guides: readonly GuideSummary[], kind: TaxonomyKind, value: string): GuideSummary[] {
	const levels = TAXONOMIES.level.values;
	const easiest = (guide: GuideSummary) => Math.min(...guide.levels.map((level) => levels.indexOf(level)));
	return guides
		.filter((guide) => valuesOf(guide, kind).includes(value))
		.map((guide, index) => ({ guide, index }))
		.sort((a, b) => easiest(a.guide) - easiest(b.guide) || a.index - b.index)
		.map(({ guide }) => guide);
}

/** How many guides each value of a grouping has, in the grouping's order. */
export function countsFor(guides: readonly GuideSummary[], kind: TaxonomyKind): Array<{ value: string; count: number }> {
	return TAXONOMIES[kind].values.map((value) => ({ value, count: guidesFor(guides, kind, value).length }));
}
