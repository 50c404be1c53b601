/**
 * The guide frontmatter that this site adds on top of Starlight's own fields.
 *
 * Every field documents itself here so that authors get hover help in their editor and so that
 * this file doubles as the reference for the format (see the seed guide in shared/seed/).
 * Error messages are written for authors: they say what was expected, what was found and how
 * to fix it; Astro prefixes them with the file and the field path.
 */
import { z } from 'astro/zod';

/** How much prior knowledge a guide assumes. */
export const AUDIENCE_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
/** Who a guide is written for. */
export const PERSONAS = ['admin', 'developer', 'architect', 'security'] as const;
/** The sections of the site; the first category of a guide decides its place in the sidebar. */
export const CATEGORIES = ['providers', 'quickstarts', 'security', 'migration', 'operations'] as const;

export type AudienceLevel = (typeof AUDIENCE_LEVELS)[number];
export type Persona = (typeof PERSONAS)[number];
export type Category = (typeof CATEGORIES)[number];

/** Describes a received value briefly for an error message, without dumping whole objects. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing (the field is missing)';
	if (value === null) return 'an empty value';
	if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
	if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
	if (typeof value === 'object') return 'a mapping (key: value pairs)';
	return `${typeof value} ${String(value)}`;
}

/** One value from a closed set, with an error that lists the allowed values. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
	return z.enum(values, {
		error: (issue) =>
			`expected one of ${values.map((v) => `"${v}"`).join(', ')} as ${what}, found ${describeValue(issue.input)}. ` +
			`Use one of the listed values (they are case-sensitive), or add a new one to src/lib/content/frontmatter.ts.`,
	});
}

/** A non-empty list of unique values from a closed set. */
function listOf<const T extends readonly [string, ...string[]]>(values: T, what: string, field: string) {
	return z
		.array(oneOf(values, what), {
			error: (issue) =>
				`expected a list such as [${values[0]}] for ${field}, found ${describeValue(issue.input)}. ` + `Write the values in square brackets, e.g. ${field}: [${values.slice(0, 2).join(', ')}].`,
		})
		.min(1, { error: `expected at least one value in ${field}, found an empty list. Name who or what the page is for.` })
		.refine((list) => new Set(list).size === list.length, {
			error: `expected each value at most once in ${field}, found a repeated value. Remove the duplicate.`,
		});
}

/** A calendar date written as YYYY-MM-DD; YAML already turns such a value into a Date. */
const reviewDate = z.preprocess(
	(value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value),
	z.date({
		error: (issue) => `expected a date written as YYYY-MM-DD (e.g. 2025-02-15) for last_reviewed, found ${describeValue(issue.input)}. ` + `Write the day you last checked the page's facts, unquoted.`,
	}),
);

/**
 * A link to another guide as authors write it: `/docs/x/y.md`, `x/y`, `/x/y/` or `/x/y.mdx`.
 * Whether the page exists is checked when the site is built (see src/lib/links/).
 */
const docLink = z
	.string({ error: (issue) => `expected a page path such as "/docs/providers/compare-providers.md" in related, found ${describeValue(issue.input)}.` })
	.regex(/^[^\s?#]+$/, {
		error: (issue) => `expected a page path without spaces, "?" or "#" in related, found ${describeValue(issue.input)}. Link to the page itself, e.g. "/docs/providers/compare-providers.md".`,
	})
	.refine((value) => !/^[a-z][a-z0-9+.-]*:/i.test(value), {
		error: (issue) => `expected a page of this site in related, found the external URL ${describeValue(issue.input)}. Put external links in the page text or its References section.`,
	});

/** The fields this site adds to Starlight's frontmatter schema. */
export const guideFrontmatterFields = {
	/** Levels of prior knowledge the guide serves, easiest first. Shown as badges; a search filter. */
	audience_levels: listOf(AUDIENCE_LEVELS, 'an audience level', 'audience_levels'),
	/** Roles the guide is written for. Shown as badges; a search filter; routes readers from the home page. */
	personas: listOf(PERSONAS, 'a persona', 'personas'),
	/** Sections the guide belongs to; the first one places it in the sidebar. A search filter. */
	categories: listOf(CATEGORIES, 'a category', 'categories'),
	/**
	 * The author's estimate of the minutes a reader needs, shown under the title. The build also
	 * counts words and shows a note when the count disagrees widely with this number.
	 */
	min_read_minutes: z
		.number({
			error: (issue) => `expected a whole number of minutes for min_read_minutes, found ${describeValue(issue.input)}. Write e.g. min_read_minutes: 15 (no quotes, no unit).`,
		})
		.int({ error: 'expected a whole number of minutes for min_read_minutes. Round to the nearest minute.' })
		.min(1, { error: 'expected at least 1 minute for min_read_minutes.' })
		.max(240, { error: 'expected at most 240 minutes for min_read_minutes; split a longer page into several guides.' }),
	/** The day an author last checked the page against its sources. Older than the configured age, the page shows a notice. */
	last_reviewed: reviewDate,
	/** Guides to read next, rendered as cards with their title and description. Each must name an existing page. */
	related: z
		.array(docLink, {
			error: (issue) => `expected a list of page paths for related, found ${describeValue(issue.input)}. Write one "- /docs/x/y.md" line per page.`,
		})
		.default([]),
	/** Words readers type into search to find this page; weighted in the search index. */
	search_keywords: z
		.array(z.string().trim().min(1, { error: 'expected a non-empty search keyword; remove the blank entry.' }), {
			error: (issue) => `expected a list of phrases for search_keywords, found ${describeValue(issue.input)}.`,
		})
		.default([]),
	/** Whether the page shows its table of contents (defaults to true). */
	show_toc: z
		.boolean({
			error: (issue) => `expected true or false for show_toc, found ${describeValue(issue.input)}. Write show_toc: true or show_toc: false, without quotes.`,
		})
		.default(true),
};

/** Fields every guide in the docs folder must set (checked by src/lib/markdown/remark-guide-fields.ts). */
export const REQUIRED_GUIDE_FIELDS = ['title', 'description', 'audience_levels', 'personas', 'categories', 'min_read_minutes', 'last_reviewed'] as const;

/** How to write each required field, for the "missing field" error. */
export const FIELD_EXAMPLES: Record<(typeof REQUIRED_GUIDE_FIELDS)[number], string> = {
	title: 'title: "Azure OpenAI: Setup and First Call"',
	description: 'description: "One sentence that says what the reader will be able to do."',
	audience_levels: `audience_levels: [${AUDIENCE_LEVELS.join(', ')}] (one or more)`,
	personas: `personas: [${PERSONAS.join(', ')}] (one or more)`,
	categories: `categories: [${CATEGORIES.join(', ')}] (one or more; the first places the page in the sidebar)`,
	min_read_minutes: 'min_read_minutes: 15',
	last_reviewed: 'last_reviewed: 2025-02-15',
};

/**
 * The extension passed to Starlight's docsSchema. The guide fields are optional at this level
 * because Starlight validates pages made with <StarlightPage> (home, landing pages, 404) against
 * the same schema; every file in the docs folder must still set them, which the Markdown
 * pipeline checks with the file and line (REQUIRED_GUIDE_FIELDS).
 */
export const guideFrontmatterSchema = z.object({
	...guideFrontmatterFields,
	audience_levels: guideFrontmatterFields.audience_levels.optional(),
	personas: guideFrontmatterFields.personas.optional(),
	categories: guideFrontmatterFields.categories.optional(),
	min_read_minutes: guideFrontmatterFields.min_read_minutes.optional(),
	last_reviewed: guideFrontmatterFields.last_reviewed.optional(),
});

/** A guide's frontmatter once the required fields are known to be present. */
export type GuideFrontmatter = Required<z.infer<typeof guideFrontmatterSchema>> & { title: string; description?: string };
