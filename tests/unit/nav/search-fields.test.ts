import { describe, expect, it } from 'vitest';
import { searchFields } from '../../../src/lib/search/search-fields.ts';
import { summarizeResult } from '../../../src/lib/search/result-summary.ts';
import { externalLinksPlugin } from '../../../src/lib/nav/external-links-plugin.ts';
import { compilePage } from '../../../src/lib/markdown/compile-page.ts';

describe('search fields', () => {
	it('turns frontmatter into reader-facing filter values, the description and unique keywords', () => {
		expect(
			searchFields({
				description: ' Set up Azure. ',
				audience_levels: ['beginner', 'intermediate'],
				personas: ['admin'],
				categories: ['providers', 'quickstarts'],
				search_keywords: ['api-version', ' azure cli ', 'api-version'],
			}),
		).toEqual({
			filters: [
				{ name: 'Level', values: ['Beginner', 'Intermediate'] },
				{ name: 'Persona', values: ['Admin'] },
				{ name: 'Category', values: ['Providers', 'Quickstarts'] },
			],
			description: 'Set up Azure.',
			keywords: ['api-version', 'azure cli'],
		});
	});
});

describe('search result summary', () => {
	const result = (subUrl: string) => ({
		url: '/g/',
		excerpt: 'raw',
		meta: { title: 'Guide', description: 'Does <b>things</b>.', keywords: 'k' },
		sub_results: [{ url: subUrl, title: 'Guide', excerpt: 'the <mark>match</mark>' }],
	});

	it('shows the escaped description above the page-level excerpt and hides it from the tags', () => {
		const shaped = summarizeResult(result('/g/'));
		expect(shaped.excerpt).toBe('<span class="search-result__description">Does &lt;b&gt;things&lt;/b&gt;.</span><span class="search-result__match">the <mark>match</mark></span>');
		expect(shaped.meta).toEqual({ title: 'Guide' });
	});

	it('adds a page-level entry when Pagefind matched only sections, so the description still shows', () => {
		const shaped = summarizeResult(result('/g/#step'));
		expect(shaped.sub_results.map((s) => s.url)).toEqual(['/g/', '/g/#step']);
		expect(shaped.excerpt).toBe('<span class="search-result__description">Does &lt;b&gt;things&lt;/b&gt;.</span>');
	});
});

describe('external links', () => {
	it('marks http(s) links with rel, a class and hidden text; leaves site links alone', async () => {
		const html = (await compilePage('See [docs](https://learn.microsoft.com/) and [setup](/providers/setup/).', [externalLinksPlugin()])).trim();
		expect(html).toBe(
			'<p>See <a href="https://learn.microsoft.com/" rel="noopener noreferrer" class="external-link">docs<span class="sr-only" data-pagefind-ignore=""> (external site)</span></a> and <a href="/providers/setup/">setup</a>.</p>',
		);
	});
});

describe('search result summary with Starlight anchors', () => {
	it('treats the section anchored at the page title (#_top) as the page itself', () => {
		const shaped = summarizeResult({ url: '/g/', excerpt: 'x', meta: { title: 'G', description: 'D.' }, sub_results: [{ url: '/g/#_top', title: 'G', excerpt: 'm' }] });
		expect(shaped.sub_results).toEqual([{ url: '/g/', title: 'G', excerpt: 'm' }]);
		expect(shaped.excerpt).toBe('<span class="search-result__description">D.</span><span class="search-result__match">m</span>');
	});
});
