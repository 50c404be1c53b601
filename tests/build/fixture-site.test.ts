/**
 * Authors' view of the build: a page written exactly like the seed builds and renders its chrome;
 * broken pages stop the build with the file, the field or line, what was expected and the fix.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildFixture } from './support/fixture-site';

const page = (frontmatter: string, body = '## Heading\n\nText.\n') => `---\n${frontmatter.trim()}\n---\n\n${body}`;
const validFrontmatter = `
title: "Broken page"
description: "A page with a mistake."
audience_levels: [beginner]
personas: [developer]
categories: [providers]
min_read_minutes: 5
last_reviewed: 2026-11-01
`;

// Review ages are judged from a fixed day so that these tests mean the same next year.
const REVIEW_NOW = { REVIEW_NOW: '2026-11-24' };

describe('a site holding the seed guide as authors write it', () => {
	const build = buildFixture('seed-site', 'seed-ok', {}, REVIEW_NOW);

	it('builds without error', () => {
		expect(build.output).not.toContain('[ERROR]');
		expect(build.output).toContain('Complete!');
		expect(build.ok).toBe(true);
	});

	it('renders badges, reading time and review date from the frontmatter', () => {
		const html = build.html('providers/azure-openai/setup');
		expect(html).toMatch(/data-level="beginner"[^>]*>.*?Beginner/);
		expect(html).toMatch(/data-persona="admin"[^>]*>.*?Admin/);
		expect(html).toContain('15 min read');
		expect(html).toContain('Last reviewed <time datetime="2025-02-15"');
		// Reviewed 2025-02-15: 21 months before REVIEW_NOW, older than the default 12 months.
		expect(html).toContain('This guide may be out of date.</strong> It was last reviewed 21 months ago');
		expect(html).toContain('(we review guides every 12 months)');
	});

	it('turns source markers into numbered citations and keeps inline code intact', () => {
		const html = build.html('providers/azure-openai/setup');
		expect(html).not.toContain('【F:');
		expect(html).toContain('<sup class="citation"><a href="#source-1"');
		expect(html).toContain('<code dir="auto">https://&lt;custom-domain&gt;.openai.azure.com</code>');
	});

	it('shows related guides as cards with the target title and description', () => {
		const html = build.html('providers/azure-openai/setup');
		for (const name of ['migrate-from-openai', 'compare-providers', 'security-best-practices']) {
			expect(html).toContain(`Fixture page ${name}`);
			expect(html).toContain(`Description of ${name} for the related card.`);
		}
		expect(html).toContain('href="/providers/azure-openai/migrate-from-openai/"');
	});

	it('wraps runnable samples, from a Markdown fence flag or the MDX component, around a highlighted block', () => {
		const md = build.html('providers/azure-openai/setup');
		const mdx = build.html('runnable-samples');
		// The seed itself has no runnable block; the MDX page has one.
		expect(md).not.toContain('class="runnable-example"');
		expect(mdx).toMatch(/<div class="runnable-example" data-operation="embeddings" data-title="Embed a sentence" data-example-id="embed-a-sentence">\s*<div class="expressive-code">/);
		expect(mdx).toContain('quick brown fox');
	});

	it('shows the table of contents because show_toc is true, and none where it is false', () => {
		expect(build.html('providers/azure-openai/setup')).toContain('<starlight-toc');
		expect(build.html('runnable-samples')).not.toContain('<starlight-toc');
	});

	it('notes the word-count estimate only where it disagrees widely with the stated minutes', () => {
		// The MDX fixture states 30 minutes for a few lines; the seed's 15 minutes is about right.
		expect(build.html('runnable-samples')).toMatch(/30 min read\s*<span class="guide-meta__reading-note[^"]*" data-estimated-minutes="1"[^>]*>\(about 1 min by word count\)/);
		expect(build.html('providers/azure-openai/setup')).not.toContain('guide-meta__reading-note');
	});

	it('shows no review notice for a recently reviewed guide', () => {
		expect(build.html('runnable-samples')).not.toContain('This guide may be out of date.');
	});
});

describe('the review age is a setting', () => {
	it('flags a guide reviewed 23 days ago when the allowed age is half a month', () => {
		const build = buildFixture('seed-site', 'review-age', {}, { ...REVIEW_NOW, REVIEW_MAX_AGE_MONTHS: '0.5' });
		expect(build.ok).toBe(true);
		expect(build.html('runnable-samples')).toContain('This guide may be out of date.</strong> It was last reviewed 0 months ago');
		expect(build.html('runnable-samples')).toContain('(we review guides every 0.5 months)');
	});
});

describe('broken pages stop the build with a clear error', () => {
	it('names file, field, expected values and what was found for bad frontmatter', () => {
		const build = buildFixture('seed-site', 'bad-frontmatter', {
			'src/content/docs/broken.md': page(validFrontmatter.replace('audience_levels: [beginner]', 'audience_levels: [expert]').replace('min_read_minutes: 5', 'min_read_minutes: "5 min"')),
		});
		expect(build.ok).toBe(false);
		expect(build.output).toContain('broken.md');
		expect(build.output).toContain(
			'audience_levels.0: expected one of "beginner", "intermediate", "advanced" as an audience level, found "expert". Use one of the listed values (they are case-sensitive), or add a new one to src/lib/content/frontmatter.ts.',
		);
		expect(build.output).toContain('min_read_minutes: expected a whole number of minutes for min_read_minutes, found "5 min". Write e.g. min_read_minutes: 15 (no quotes, no unit).');
	});

	it('names the missing guide fields and how to write them', () => {
		const build = buildFixture('seed-site', 'missing-fields', {
			'src/content/docs/broken.md': page('title: "No guide fields"\ndescription: "x"'),
		});
		expect(build.ok).toBe(false);
		expect(build.output).toContain(
			'src/content/docs/broken.md:1: the frontmatter is missing "audience_levels", "personas", "categories", "min_read_minutes", "last_reviewed": every guide states who it is for, how long it takes and when it was last reviewed.',
		);
		expect(build.output).toContain('How to fix: add these lines between the --- markers: audience_levels: [beginner, intermediate, advanced] (one or more);');
	});

	it('names the file, line and value of a related entry that names no page', () => {
		const build = buildFixture('seed-site', 'bad-related', {
			'src/content/docs/broken.md': page(`${validFrontmatter}\nrelated:\n  - "/docs/providers/compare-provider.md"`),
		});
		expect(build.ok).toBe(false);
		expect(build.output).toContain(
			'src/content/docs/broken.md:11: related entry "/docs/providers/compare-provider.md" names no page: no page has the URL /providers/compare-provider/ (expected a file src/content/docs/providers/compare-provider.md or .mdx).\n  How to fix: did you mean "/providers/compare-providers/"? Correct the path, or create the page.',
		);
	});

	it('names the file, line and target of a broken in-text link and anchor', () => {
		const link = buildFixture('seed-site', 'bad-link', {
			'src/content/docs/broken.md': page(validFrontmatter, '## Heading\n\nIntro.\n\nSee [the setup](/docs/providers/azure-openai/stup.md).\n'),
		});
		expect(link.ok).toBe(false);
		expect(link.output).toContain('src/content/docs/broken.md:15:5: the link "/docs/providers/azure-openai/stup.md" is broken: no page has the URL /providers/azure-openai/stup/');
		expect(link.output).toContain('did you mean "/providers/azure-openai/setup/"?');

		const anchor = buildFixture('seed-site', 'bad-anchor', {
			'src/content/docs/broken.md': page(validFrontmatter, '## Heading\n\nSee [quotas](/providers/azure-openai/setup/#observability-and-limit).\n'),
		});
		expect(anchor.ok).toBe(false);
		expect(anchor.output).toContain(
			'src/content/docs/broken.md:13:5: the link "/providers/azure-openai/setup/#observability-and-limit" is broken: the page /providers/azure-openai/setup/ has no heading with the id "#observability-and-limit".',
		);
		expect(anchor.output).toContain('did you mean "#observability-and-limits"?');
	});

	it('refuses a runnable fence that is not valid JSON, naming the file and line', () => {
		const build = buildFixture('seed-site', 'bad-runnable', {
			'src/content/docs/broken.md': page(validFrontmatter, '## Heading\n\n```json runnable title="Broken"\n{ "messages": [ }\n```\n'),
		});
		expect(build.ok).toBe(false);
		expect(build.output).toMatch(/src\/content\/docs\/broken\.md:13: this runnable block is not valid JSON \(.+\)\.\n {2}How to fix: fix the JSON so readers start from a request that runs\./);
	});

	it('keeps the seed page byte-identical to the shared seed it was copied from', () => {
		// The fixture is the format spec: if it drifts, the tests above stop proving the seed builds.
		const fixture = readFileSync(new URL('../fixtures/seed-site/src/content/docs/providers/azure-openai/setup.md', import.meta.url), 'utf8');
		expect(fixture).toMatch(/^---\ntitle: "Azure OpenAI: Setup and First Call"/);
		expect(fixture).toContain('【F:docs/providers/azure-openai/setup.md†L29-L31】');
	});
});
