import { describe, expect, it } from 'vitest';
import { computeBacklinks, outgoingLinks } from '../../../src/lib/nav/backlinks.ts';
import { markdownLinks } from '../../../src/lib/nav/markdown-links.ts';

describe('markdownLinks', () => {
	it('reads inline links and reference definitions with their lines, skipping images, code spans and fenced code', () => {
		const markdown = [
			'See [setup](/docs/providers/azure-openai/setup.md#prerequisites) first.',
			'![diagram](/img/flow.png) and `[not](/a/link/)` here.',
			'```md',
			'[inside](/docs/quickstarts/js-server-route.md)',
			'```',
			'[costs]: ../compare-providers.md "Costs"',
			'Two on a line: [a](x/y) and [b](<z/w> "title").',
		].join('\n');
		expect(markdownLinks(markdown)).toEqual([
			{ href: '/docs/providers/azure-openai/setup.md#prerequisites', line: 1 },
			{ href: '../compare-providers.md', line: 6 },
			{ href: 'x/y', line: 7 },
			{ href: 'z/w', line: 7 },
		]);
	});
});

describe('computeBacklinks', () => {
	const guides = [
		{ slug: 'providers/azure-openai/setup', title: 'Setup', related: ['/docs/providers/compare-providers.md'], body: 'Read [migration](./migrate-from-openai.md) and [me](#top).' },
		{ slug: 'providers/azure-openai/migrate-from-openai', title: 'Migrate', related: ['/docs/providers/azure-openai/setup.md'], body: 'Start at [setup](/providers/azure-openai/setup/#step-1).' },
		{ slug: 'providers/compare-providers', title: 'Compare', related: [], body: '---\nrelated: [/docs/x.md]\n---\nNo links, [external](https://example.com).' },
	];

	it('collects related entries and in-text links, resolving relative links against the linking page', () => {
		expect(outgoingLinks(guides[0])).toEqual(
			new Map([
				['providers/compare-providers', new Set(['related'])],
				['providers/azure-openai/migrate-from-openai', new Set(['text'])],
			]),
		);
	});

	it('lists for each page who links to it and how, sorted by title', () => {
		const backlinks = computeBacklinks(guides);
		expect(backlinks.get('providers/azure-openai/setup')).toEqual([{ slug: 'providers/azure-openai/migrate-from-openai', title: 'Migrate', description: undefined, via: ['related', 'text'] }]);
		expect(backlinks.get('providers/compare-providers')?.map((b) => b.slug)).toEqual(['providers/azure-openai/setup']);
		expect(backlinks.get('providers/azure-openai/migrate-from-openai')?.map((b) => b.via)).toEqual([['text']]);
	});

	it('ignores self-links, external links and links in frontmatter', () => {
		const backlinks = computeBacklinks(guides);
		expect(backlinks.has('x')).toBe(false);
		expect([...backlinks.keys()].sort()).toEqual(['providers/azure-openai/migrate-from-openai', 'providers/azure-openai/setup', 'providers/compare-providers']);
	});
});
