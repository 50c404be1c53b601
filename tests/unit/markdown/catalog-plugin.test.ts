import { describe, expect, it } from 'vitest';
import { catalogPlugin } from '../../../src/lib/markdown/catalog-plugin.ts';
import { compilePage } from '../../../src/lib/markdown/compile-page.ts';
import { mentionsOf } from '../../../src/lib/mentions/check-mentions.ts';
import { findMatches } from '../../../src/lib/mentions/patterns.ts';

async function render(markdown: string): Promise<string> {
	return (await compilePage(markdown, [catalogPlugin()], { path: '/docs/page.md' })).trim();
}

describe('deprecation notices', () => {
	it('names each notice landmark uniquely on the page', async () => {
		const html = await render('# Page\n\n## A\n\nDeploy gpt-4o-mini.\n\n## B\n\nStill gpt-4o-mini.\n');
		expect([...html.matchAll(/aria-label="([^"]+)"/g)].map((match) => match[1])).toEqual(['Model lifecycle notice 1 of 2', 'Model lifecycle notice 2 of 2']);
	});
});

describe(':catalog[key]', () => {
	it('renders the recommended values', async () => {
		expect(await render('Use :catalog[ga-api-version] or :catalog[preview-api-version] with :catalog[default-chat-model] and :catalog[default-embedding-model].')).toBe(
			'<p>Use <code>2024-10-21</code> or <code>2025-04-01-preview</code> with <code>gpt-5.4-mini</code> and <code>text-embedding-3-small</code>.</p>',
		);
	});
	it('stops the build on an unknown key, naming the file, line, key and the keys that exist', async () => {
		await expect(render('Intro.\n\nUse :catalog[best-model].')).rejects.toThrow(
			'/docs/page.md:3: :catalog[best-model] names no catalog value.\n  How to fix: use one of :catalog[ga-api-version], :catalog[preview-api-version], :catalog[default-chat-model], :catalog[default-chat-model-version], :catalog[default-embedding-model].',
		);
	});
});

describe('mentions', () => {
	it('finds models and api-versions, not deployment names or accessed dates', () => {
		const found = findMatches('Deploy gpt-4o-mini as prod-gpt-4o-mini with api-version=2024-10-21 (accessed 2026-11-24), or 2025-04-01-preview. GPT-4o.');
		expect(found.map((match) => `${match.kind}:${match.text}`)).toEqual(['model:gpt-4o-mini', 'api-version:2024-10-21', 'api-version:2025-04-01-preview', 'model:GPT-4o']);
		expect(findMatches('Audio goes to gpt-realtime-1.5. Images to gpt-image-1.').map((match) => match.text)).toEqual(['gpt-realtime-1.5', 'gpt-image-1']);
		// A family is not one model: "GPT-5 family" stays unjudged, "gpt-5" alone is a mention.
		expect(findMatches('The GPT-5 family, the GPT-4.1 series and gpt-5 itself.').map((match) => match.text)).toEqual(['gpt-5']);
	});
	it('skips historical text, blocks and code fences, and reads runnable samples and frontmatter', () => {
		const source =
			'---\ntitle: "gpt-4.1 guide"\n---\n\n## A\n\n:historical[gpt-35-turbo] and o3-mini.\n\n:::historical\ntext-davinci-003\n:::\n\n```bash historical\ngpt-4-32k\n```\n\n```json runnable\n{"model": "gpt-5.4-mini"}\n```\n';
		expect(mentionsOf(source).map((mention) => `${mention.place}:${mention.text}:${mention.line}`)).toEqual(['frontmatter:gpt-4.1:2', 'prose:o3-mini:7', 'runnable:gpt-5.4-mini:18']);
	});
});
