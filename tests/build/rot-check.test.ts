/**
 * The rot check on fixture sites: a retired model or api-version stops the build with file:line,
 * the name, its retirement date and the replacement; a deprecated one warns and shows a notice in
 * its section; historical mentions pass; the seed page still builds with the notices it earns.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture } from './support/fixture-site';

const frontmatter = `---
title: "Rot check page"
description: "A page that mentions models."
audience_levels: [beginner]
personas: [developer]
categories: [providers]
min_read_minutes: 5
last_reviewed: 2026-11-01
---

`;

// Lifecycles are judged on a fixed day so these tests mean the same next year.
const NOW = { REVIEW_NOW: '2026-12-01' };

describe('a guide naming a retired model and a retired api-version', () => {
	const build = buildFixture('seed-site', 'rot-retired', {
		'src/content/docs/rot/retired.md': `${frontmatter}## Old models\n\nWe used gpt-4-32k for long prompts.\n\n\`\`\`bash\ncurl "$ENDPOINT/openai/deployments/chat/chat/completions?api-version=2023-03-15-preview"\n\`\`\`\n`,
	}, NOW);

	it('fails with file:line, the name, the retirement date and the replacement, in the exact words', () => {
		expect(build.ok).toBe(false);
		expect(build.output).toContain('The guides have 2 mentions of retired models or api-versions to fix before the site can build:');
		expect(build.output).toContain(
			'src/content/docs/rot/retired.md:13: "gpt-4-32k" names gpt-4-32k, which Azure OpenAI retired on 2025-06-06: every call to it now fails.\n' +
				"  How to fix: use gpt-4o (the catalog's replacement); if the mention is intentionally historical (a migration table, a changelog), write :historical[…] around it, put the block inside :::historical … :::, or add the historical flag to the code fence.",
		);
		expect(build.output).toContain(
			'src/content/docs/rot/retired.md:16: api-version 2023-03-15-preview was retired on 2024-07-01: Azure OpenAI refuses every request that sends it.\n' +
				'  How to fix: use 2024-10-21 (the latest dated GA version) or the v1 API;',
		);
	});
});

describe('a guide with deprecated, unknown and historical mentions, next to the seed guide', () => {
	const build = buildFixture('seed-site', 'rot-ok', {
		'src/content/docs/rot/mixed.md':
			`${frontmatter}## Deploy a model\n\nDeploy :catalog[default-chat-model] (GA api-version :catalog[ga-api-version]). Older guides used gpt-4o-mini here.\n\n` +
			`## Try a new one\n\nThe gpt-9-turbo model is not real.\n\n` +
			`## History\n\nWe moved off :historical[gpt-35-turbo-16k] in 2025.\n\n:::historical\n| Before | After |\n| --- | --- |\n| text-davinci-003 | gpt-4.1-mini |\n:::\n\n` +
			'```bash historical\naz cognitiveservices account deployment create --model-name gpt-4-32k\n```\n',
	}, NOW);

	it('builds: historical mentions of retired models are exempt', () => {
		expect(build.output).not.toContain('[ERROR]');
		expect(build.ok).toBe(true);
	});

	it('warns about the deprecated model with its dates and replacement, and names the unknown one', () => {
		expect(build.output).toContain('src/content/docs/rot/mixed.md:13: "gpt-4o-mini": gpt-4o-mini no longer accepts new deployments since 2025-07-18 and retires on 2027-04-14; use gpt-5-mini.');
		expect(build.output).toContain('src/content/docs/rot/mixed.md:17: "gpt-9-turbo" looks like a model name, but the catalog (src/lib/catalog/models.ts) does not know it');
		expect(build.output).not.toMatch(/warn.*text-davinci-003|warn.*gpt-35-turbo-16k/i);
	});

	it('shows the notice in the section that mentions the deprecated model', () => {
		const html = build.html('rot/mixed');
		const section = html.slice(html.indexOf('id="deploy-a-model"'), html.indexOf('id="try-a-new-one"'));
		expect(section).toContain('class="starlight-aside starlight-aside--caution catalog-notice"');
		expect(section).toContain('gpt-4o-mini no longer accepts new deployments since 2025-07-18 and retires on 2027-04-14; use gpt-5-mini.');
		expect(html.match(/catalog-notice/g)).toHaveLength(1);
	});

	it('renders catalog values and historical text as plain content', () => {
		const html = build.html('rot/mixed');
		expect(html).toContain('Deploy <code dir="auto">gpt-5-mini</code> (GA api-version <code dir="auto">2024-10-21</code>)');
		expect(html).toContain('We moved off gpt-35-turbo-16k in 2025.');
		expect(html).toContain('<div class="historical">');
		expect(html).not.toContain(':historical');
	});

	it('the seed guide, written exactly as the seed, builds with the notices its mentions earn', () => {
		const html = build.html('providers/azure-openai/setup');
		expect(html).toContain('gpt-4o-mini no longer accepts new deployments since 2025-07-18 and retires on 2027-04-14; use gpt-5-mini.');
		expect(build.output).toContain('providers/azure-openai/setup.md:68: "gpt-4o-mini": gpt-4o-mini no longer accepts new deployments');
	});

	it('publishes the freshness report at /freshness/, linked from the footer of every page', () => {
		const html = build.html('freshness');
		expect(html).toContain('Judged on <time datetime="2026-12-01">2026-12-01</time>.');
		const mixed = html.slice(html.indexOf('data-guide="rot/mixed"'));
		expect(mixed).toContain('<strong>Deprecated</strong> (line 13): &quot;gpt-4o-mini&quot;: gpt-4o-mini no longer accepts new deployments since 2025-07-18');
		expect(mixed).toContain('<strong>Not in the catalog</strong> (line 17)');
		expect(build.html('rot/mixed')).toMatch(/<a href="\/freshness\/"[^>]*>Guide freshness/);
	});
});
