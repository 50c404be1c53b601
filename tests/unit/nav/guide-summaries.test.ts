import { describe, expect, it } from 'vitest';
import { countsFor, guidesFor, summarizeGuides } from '../../../src/lib/nav/guide-summaries.ts';
import { featuredGuide } from '../../../src/lib/nav/featured.ts';
import { allLandingSlugs, landingUrl } from '../../../src/lib/nav/taxonomy.ts';
import { AUDIENCE_LEVELS, CATEGORIES, PERSONAS } from '../../../src/lib/content/frontmatter.ts';

const entry = (id: string, title: string, levels: string[], personas: string[], categories: string[], minutes = 5) => ({
	id,
	data: { title, description: `About ${title}.`, min_read_minutes: minutes, audience_levels: levels, personas, categories },
});

const entries = [
	entry('quickstarts/js', 'JS route', ['intermediate'], ['developer'], ['quickstarts']),
	entry('providers/setup', 'Setup', ['beginner', 'intermediate'], ['admin', 'developer'], ['providers', 'quickstarts'], 15),
	entry('providers/advanced', 'Advanced networking', ['advanced'], ['architect'], ['providers']),
	{ id: '404', data: { title: 'Not found' } },
];

describe('guide summaries', () => {
	it('keeps only guides and orders them like the sidebar (first category, then title)', () => {
		const guides = summarizeGuides(entries);
		expect(guides.map((g) => g.slug)).toEqual(['providers/advanced', 'providers/setup', 'quickstarts/js']);
		expect(guides[1]).toEqual({
			slug: 'providers/setup',
			url: '/providers/setup/',
			title: 'Setup',
			description: 'About Setup.',
			minutes: 15,
			levels: ['beginner', 'intermediate'],
			personas: ['admin', 'developer'],
			categories: ['providers', 'quickstarts'],
		});
	});

	it('lists the guides of a value easiest first', () => {
		const guides = summarizeGuides(entries);
		expect(guidesFor(guides, 'persona', 'developer').map((g) => g.slug)).toEqual(['providers/setup', 'quickstarts/js']);
		expect(guidesFor(guides, 'category', 'providers').map((g) => g.slug)).toEqual(['providers/setup', 'providers/advanced']);
		expect(guidesFor(guides, 'level', 'advanced').map((g) => g.slug)).toEqual(['providers/advanced']);
		expect(countsFor(guides, 'persona')).toEqual([
			{ value: 'admin', count: 1 },
			{ value: 'developer', count: 2 },
			{ value: 'architect', count: 1 },
			{ value: 'security', count: 0 },
		]);
	});

	it('finds the featured guide, and says how to fix it when it is missing', () => {
		const guides = summarizeGuides(entries);
		expect(featuredGuide(guides, 'providers/setup').title).toBe('Setup');
		expect(() => featuredGuide(guides, 'providers/gone')).toThrow(
			'The home page features the guide "providers/gone", but no guide has that slug (found: providers/advanced, providers/setup, quickstarts/js). Restore src/content/docs/providers/gone.md, or change FEATURED_GUIDE_SLUG in src/lib/nav/featured.ts.',
		);
	});

	it('has a landing page for every value of every grouping', () => {
		expect(landingUrl('persona', 'admin')).toBe('/personas/admin/');
		expect(allLandingSlugs()).toEqual([...AUDIENCE_LEVELS.map((v) => `levels/${v}`), ...PERSONAS.map((v) => `personas/${v}`), ...CATEGORIES.map((v) => `categories/${v}`)]);
	});
});
