import { describe, expect, it } from 'vitest';
import { guideFrontmatterSchema, guideFrontmatterFields, describeValue } from '../../../src/lib/content/frontmatter';
import { z } from 'astro/zod';

const strict = z.object(guideFrontmatterFields);
const seedLike = {
	audience_levels: ['beginner', 'intermediate'],
	personas: ['admin', 'developer'],
	categories: ['providers', 'quickstarts'],
	min_read_minutes: 15,
	last_reviewed: new Date('2025-02-15T00:00:00Z'),
	related: ['/docs/providers/compare-providers.md'],
	search_keywords: ['azure openai setup'],
	show_toc: true,
};

function firstMessage(data: unknown): { path: string; message: string } {
	const result = strict.safeParse(data);
	expect(result.success).toBe(false);
	const issue = result.error!.issues[0];
	return { path: issue.path.join('.'), message: issue.message };
}

describe('guide frontmatter schema', () => {
	it('accepts the seed guide’s frontmatter as authors write it', () => {
		const parsed = strict.parse(seedLike);
		expect(parsed.audience_levels).toEqual(['beginner', 'intermediate']);
		expect(parsed.last_reviewed.toISOString().slice(0, 10)).toBe('2025-02-15');
	});

	it('accepts a date written as a string and defaults the optional fields', () => {
		const { related, search_keywords, show_toc, ...rest } = seedLike;
		const parsed = strict.parse({ ...rest, last_reviewed: '2026-11-24' });
		expect(parsed.last_reviewed.toISOString()).toBe('2026-11-24T00:00:00.000Z');
		expect(parsed.related).toEqual([]);
		expect(parsed.search_keywords).toEqual([]);
		expect(parsed.show_toc).toBe(true);
		expect([related, search_keywords, show_toc]).toHaveLength(3);
	});

	it('names the allowed values and what it found for an unknown audience level', () => {
		const { path, message } = firstMessage({ ...seedLike, audience_levels: ['expert'] });
		expect(path).toBe('audience_levels.0');
		expect(message).toBe(
			'expected one of "beginner", "intermediate", "advanced" as an audience level, found "expert". Use one of the listed values (they are case-sensitive), or add a new one to src/lib/content/frontmatter.ts.',
		);
	});

	it('explains a list written as a single value', () => {
		const { path, message } = firstMessage({ ...seedLike, personas: 'developer' });
		expect(path).toBe('personas');
		expect(message).toContain('expected a list such as [admin] for personas, found "developer"');
	});

	it('refuses reading time written with a unit', () => {
		const { path, message } = firstMessage({ ...seedLike, min_read_minutes: '15 min' });
		expect(path).toBe('min_read_minutes');
		expect(message).toBe('expected a whole number of minutes for min_read_minutes, found "15 min". Write e.g. min_read_minutes: 15 (no quotes, no unit).');
	});

	it('refuses a date that is not YYYY-MM-DD', () => {
		const { path, message } = firstMessage({ ...seedLike, last_reviewed: 'February 2025' });
		expect(path).toBe('last_reviewed');
		expect(message).toContain('expected a date written as YYYY-MM-DD (e.g. 2025-02-15) for last_reviewed, found "February 2025"');
	});

	it('refuses external URLs and anchors in related', () => {
		expect(firstMessage({ ...seedLike, related: ['https://example.com/x'] }).message).toContain('found the external URL "https://example.com/x"');
		expect(firstMessage({ ...seedLike, related: ['/docs/x.md#part'] }).message).toContain('without spaces, "?" or "#"');
	});

	it('refuses duplicates and empty lists', () => {
		expect(firstMessage({ ...seedLike, categories: [] }).message).toContain('expected at least one value in categories');
		expect(firstMessage({ ...seedLike, personas: ['admin', 'admin'] }).message).toContain('expected each value at most once in personas');
	});

	it('refuses show_toc written as a string', () => {
		expect(firstMessage({ ...seedLike, show_toc: 'yes' }).message).toBe('expected true or false for show_toc, found "yes". Write show_toc: true or show_toc: false, without quotes.');
	});

	it('keeps the guide fields optional at schema level for <StarlightPage> pages', () => {
		expect(guideFrontmatterSchema.safeParse({}).success).toBe(true);
	});

	it('describes values briefly', () => {
		expect(describeValue(undefined)).toBe('nothing (the field is missing)');
		expect(describeValue(['a', 'b'])).toBe('a list of 2 items');
		expect(describeValue('x'.repeat(80))).toMatch(/^"x{57}\.\.\."$/);
	});
});
