/**
 * The three ways guides are grouped for browsing (audience level, persona, category): their
 * landing-page URLs, names and the one-line blurbs the home and landing pages show.
 * The values themselves are the closed sets of the frontmatter schema.
 */
import { AUDIENCE_LEVELS, CATEGORIES, PERSONAS } from '../content/frontmatter.ts';
import { AUDIENCE_LABELS, CATEGORY_LABELS, PERSONA_LABELS } from '../content/labels.ts';

export type TaxonomyKind = 'level' | 'persona' | 'category';

export interface Taxonomy {
	kind: TaxonomyKind;
	/** The frontmatter field holding the values. */
	field: 'audience_levels' | 'personas' | 'categories';
	/** URL folder of the landing pages: `/levels/beginner/`. */
	folder: string;
	/** Name of the grouping, e.g. "Audience level"; also the search filter's name. */
	name: string;
	values: readonly string[];
	labels: Record<string, string>;
	blurbs: Record<string, string>;
	/** Title of each landing page. */
	titles: Record<string, string>;
}

export const TAXONOMIES: Record<TaxonomyKind, Taxonomy> = {
	level: {
		kind: 'level',
		field: 'audience_levels',
		folder: 'levels',
		name: 'Level',
		values: AUDIENCE_LEVELS,
		labels: AUDIENCE_LABELS,
		titles: { beginner: 'Guides for beginners', intermediate: 'Intermediate guides', advanced: 'Advanced guides' },
		blurbs: {
			beginner: 'New to the provider: accounts, keys, a first working call.',
			intermediate: 'You have made calls before and want them robust, fast and affordable.',
			advanced: 'Architecture, scale, networking and operations in depth.',
		},
	},
	persona: {
		kind: 'persona',
		field: 'personas',
		folder: 'personas',
		name: 'Persona',
		values: PERSONAS,
		labels: PERSONA_LABELS,
		titles: {
			admin: 'Guides for administrators',
			developer: 'Guides for developers',
			architect: 'Guides for architects',
			security: 'Guides for security engineers',
		},
		blurbs: {
			admin: 'Provision resources, deploy models, manage quotas and keys.',
			developer: 'Call the APIs from your code, handle errors and stream answers.',
			architect: 'Choose providers, regions and patterns that fit your system.',
			security: 'Protect keys and data: identities, networks and policies.',
		},
	},
	category: {
		kind: 'category',
		field: 'categories',
		folder: 'categories',
		name: 'Category',
		values: CATEGORIES,
		labels: CATEGORY_LABELS,
		titles: {
			providers: 'Provider guides',
			quickstarts: 'Quickstarts',
			security: 'Security guides',
			migration: 'Migration guides',
			operations: 'Operations guides',
		},
		blurbs: {
			providers: 'Set up and use each LLM provider.',
			quickstarts: 'Short paths to a first working result.',
			security: 'Keep credentials and data safe.',
			migration: 'Move from one provider or API to another.',
			operations: 'Run in production: quotas, monitoring, incidents.',
		},
	},
};

export const TAXONOMY_KINDS = Object.keys(TAXONOMIES) as TaxonomyKind[];

/** Slug of a landing page, e.g. `personas/admin`. */
export function landingSlug(kind: TaxonomyKind, value: string): string {
	return `${TAXONOMIES[kind].folder}/${value}`;
}

/** URL of a landing page, e.g. `/personas/admin/`. */
export function landingUrl(kind: TaxonomyKind, value: string): string {
	return `/${landingSlug(kind, value)}/`;
}

/** Slugs of every landing page, for the link check's list of pages outside the docs folder. */
export function allLandingSlugs(): string[] {
	return TAXONOMY_KINDS.flatMap((kind) => TAXONOMIES[kind].values.map((value) => landingSlug(kind, value)));
}
