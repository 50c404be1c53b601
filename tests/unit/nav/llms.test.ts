import { describe, expect, it } from 'vitest';
import { markdownTwin, markersToFootnotes, rewriteGuideLinks, twinUrl } from '../../../src/lib/llms/markdown-twin.ts';
import { llmsTxt } from '../../../src/lib/llms/llms-txt.ts';
import { summarizeGuides } from '../../../src/lib/nav/guide-summaries.ts';

describe('Markdown twins', () => {
	it('points links to other guides at their twins, leaving external links, anchors and code alone', () => {
		const markdown = [
			'See [compare](/docs/providers/compare-providers.md#costs), [next](./migrate.md) and [MS](https://learn.microsoft.com/x).',
			'```md',
			'[code](/docs/a.md)',
			'```',
			'[here](#prerequisites)',
		].join('\n');
		expect(rewriteGuideLinks(markdown, 'providers/azure-openai/setup')).toBe(
			[
				'See [compare](/providers/compare-providers.md#costs), [next](/providers/azure-openai/migrate.md) and [MS](https://learn.microsoft.com/x).',
				'```md',
				'[code](/docs/a.md)',
				'```',
				'[here](#prerequisites)',
			].join('\n'),
		);
	});

	it('turns source markers into numbered footnotes, reusing the number of a repeated source', () => {
		const markdown = 'Approved access.【F:docs/setup.md†L29-L31】 Regions.【F:docs/setup.md†L40】 Again.【F:docs/setup.md†L29-L31】';
		expect(markersToFootnotes(markdown)).toBe(
			'Approved access.[^source-1] Regions.[^source-2] Again.[^source-1]\n\n[^source-1]: Source: `docs/setup.md`, lines 29–31.\n[^source-2]: Source: `docs/setup.md`, line 40.\n',
		);
		expect(markersToFootnotes('X.【F:a/b.md†L2-L3】', 'https://git.example/repo/', 'v1')).toContain('[^source-1]: Source: [`a/b.md`, lines 2–3](https://git.example/repo/blob/v1/a/b.md#L2-L3).');
	});

	it('keeps only title, description and last review in the frontmatter and starts with the title', () => {
		const twin = markdownTwin({
			slug: 'providers/x',
			title: 'Azure OpenAI: Setup',
			description: 'Set it up.',
			lastReviewed: '2025-02-15',
			body: '---\ntitle: old\npersonas: [admin]\n---\n\n## Step 1\nText.\n',
		});
		expect(twin).toBe('---\ntitle: "Azure OpenAI: Setup"\ndescription: Set it up.\nlast_reviewed: 2025-02-15\n---\n\n# Azure OpenAI: Setup\n\n## Step 1\nText.\n');
		expect(twinUrl('providers/x')).toBe('/providers/x.md');
	});
});

describe('llms.txt', () => {
	it('has the title, a summary and one section per category linking each guide to its twin', () => {
		const guides = summarizeGuides([
			{
				id: 'quickstarts/js',
				data: { title: 'JS route', description: 'A server route\n that calls the API.', audience_levels: ['intermediate'], personas: ['developer'], categories: ['quickstarts'] },
			},
			{ id: 'providers/setup', data: { title: 'Setup', description: 'Set up.', audience_levels: ['beginner'], personas: ['admin'], categories: ['providers'] } },
		]);
		const text = llmsTxt({ title: 'LLM Provider Guides', summary: 'Guides for LLM providers.', siteUrl: 'https://docs.example/', guides });
		expect(text.startsWith('# LLM Provider Guides\n\n> Guides for LLM providers.\n\n')).toBe(true);
		expect(text).toContain('\n## Providers\n\n- [Setup](https://docs.example/providers/setup.md): Set up.\n');
		expect(text).toContain('\n## Quickstarts\n\n- [JS route](https://docs.example/quickstarts/js.md): A server route that calls the API.\n');
		expect(text.indexOf('## Providers')).toBeLessThan(text.indexOf('## Quickstarts'));
	});
});
