import { describe, expect, it } from 'vitest';
import { describeLines, sourceUrl, splitSourceMarkers } from '../../../src/lib/markdown/citations';
import { citationsPlugin } from '../../../src/lib/markdown/citations-plugin';
import { compilePage } from '../../../src/lib/markdown/compile-page';

async function render(markdown: string, repoUrl?: string): Promise<string> {
	// Directives are on (as Starlight sets them): `:docs` parses as one; the plugin must cope with that.
	return (await compilePage(markdown, [citationsPlugin({ repoUrl })])).trim();
}

describe('source markers', () => {
	it('splits text around markers', () => {
		expect(splitSourceMarkers('A.【F:docs/a.md†L29-L31】 B【F:b.ts†L7】')).toEqual(['A.', { path: 'docs/a.md', startLine: 29, endLine: 31 }, ' B', { path: 'b.ts', startLine: 7, endLine: 7 }]);
	});

	it('describes line ranges and links into a repository', () => {
		expect(describeLines({ path: 'a', startLine: 3, endLine: 3 })).toBe('line 3');
		expect(sourceUrl({ path: 'docs/a b.md', startLine: 1, endLine: 2 }, 'https://github.com/o/r/', 'main')).toBe('https://github.com/o/r/blob/main/docs/a%20b.md#L1-L2');
		expect(sourceUrl({ path: 'a.md', startLine: 1, endLine: 2 }, undefined)).toBeUndefined();
	});

	it('renders numbered citations and a source list, never the raw marker', async () => {
		const html = await render(
			'Approval needed.【F:docs/providers/azure-openai/setup.md†L29-L31】\n\n- Plan regions.【F:docs/providers/azure-openai/setup.md†L31-L34】 Again.【F:docs/providers/azure-openai/setup.md†L29-L31】',
		);
		expect(html).not.toContain('【');
		expect(html).not.toContain('†');
		expect(html.match(/<sup class="citation">/g)).toHaveLength(3);
		expect(html).toContain('<a href="#source-1"');
		expect(html).toContain('<a href="#source-2"');
		// The repeated source keeps its number.
		expect(html.match(/href="#source-1"/g)).toHaveLength(2);
		expect(html).toContain('<li id="source-2" value="2"');
		expect(html).toContain('lines 31–34');
	});

	it('links the sources to the repository when one is configured', async () => {
		const html = await render('X.【F:docs/a.md†L1-L2】', 'https://git.example.com/team/docs');
		expect(html).toContain('href="https://git.example.com/team/docs/blob/main/docs/a.md#L1-L2"');
	});

	it('leaves text without markers untouched', async () => {
		expect(await render('Plain 【text】 here.')).toBe('<p>Plain 【text】 here.</p>');
	});
});
