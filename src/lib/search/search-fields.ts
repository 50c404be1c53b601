/**
 * What a guide tells Pagefind beyond its text: filter values (level, persona, category, shown
 * as checkboxes in the search dialog), the description (shown under each result) and the
 * author's search keywords (a metadata field weighted highly in src/lib/search/ranking.ts, so
 * that the phrases readers type land on the page meant for them).
 */
import { TAXONOMIES, TAXONOMY_KINDS } from '../nav/taxonomy.ts';

export interface SearchFieldsInput {
	description?: string;
	audience_levels?: readonly string[];
	personas?: readonly string[];
	categories?: readonly string[];
	search_keywords?: readonly string[];
}

export interface SearchFields {
	/** Filter name (as shown in the dialog) → the reader-facing values. */
	filters: Array<{ name: string; values: string[] }>;
	description: string;
	keywords: string[];
}

export function searchFields(data: SearchFieldsInput): SearchFields {
	const valuesByKind = { level: data.audience_levels, persona: data.personas, category: data.categories };
	return {
		filters: TAXONOMY_KINDS.map((kind) => ({
			name: TAXONOMIES[kind].name,
			values: (valuesByKind[kind] ?? []).map((value) => TAXONOMIES[kind].labels[value] ?? value),
		})).filter((filter) => filter.values.length > 0),
		description: (data.description ?? '').trim(),
		keywords: [...new Set((data.search_keywords ?? []).map((keyword) => keyword.trim()).filter(Boolean))],
	};
}
