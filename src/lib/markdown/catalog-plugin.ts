/**
 * Connects guides to the catalog, page by page:
 * - `:catalog[key]` renders a recommended value (`ga-api-version`, `preview-api-version`,
 *   `default-chat-model`, `default-embedding-model`, …); an unknown key stops the build;
 * - `:historical[…]`, `:::historical … :::` and the `historical` code-fence flag mark mentions the
 *   rot check exempts (they render as plain text, a plain block and a plain code block);
 * - a deprecated model mentioned in a section gets a visible notice under that section's heading.
 *
 * Only this page's own tree is read (no other files), so the cost per page stays small; the
 * whole-site judgement (retired → failed build) runs once per build in check-mentions.ts.
 */
import type { Root, RootContent } from 'mdast';
import type { MdastPluginEntry, MdastPluginInstance, MdastVisitorContext } from 'satteri';

type BlockDirective = Parameters<NonNullable<MdastPluginInstance['containerDirective'] | MdastPluginInstance['leafDirective']>>[0];
import { readFileSync } from 'node:fs';
import { RECOMMENDED_VALUES, recommendedValue } from '../catalog/index.ts';
import { collectTreeMentions, collectValueMentions, isHistoricalNode } from '../mentions/collect-mentions.ts';
import { judgeMention } from '../mentions/judge-mentions.ts';
import { judgeDate } from '../mentions/judge-date.ts';
import { AuthorError, fileLineOf } from './author-error';
import { pageContextOf } from './page-context';

interface Notice {
	text: string;
	source?: { url: string; title: string; checkedOn: string };
}

/** `label` names the aside landmark: unique on the page, as landmarks must be. */
function noticeNode(notice: Notice, label: string): RootContent {
	const body: RootContent[] = [{ type: 'text', value: notice.text }];
	if (notice.source) {
		body.push({ type: 'text', value: ' Source: ' });
		body.push({ type: 'link', url: notice.source.url, children: [{ type: 'text', value: notice.source.title }] });
		body.push({ type: 'text', value: `, checked ${notice.source.checkedOn}.` });
	}
	return {
		type: 'catalogNotice',
		data: {
			hName: 'aside',
			hProperties: { className: ['starlight-aside', 'starlight-aside--caution', 'catalog-notice'], ariaLabel: label },
		},
		children: [
			{ type: 'paragraph', data: { hProperties: { className: ['starlight-aside__title'] } }, children: [{ type: 'text', value: 'Model lifecycle' }] },
			{ type: 'catalogNoticeBody', data: { hName: 'div', hProperties: { className: ['starlight-aside__content'] } }, children: [{ type: 'paragraph', children: body }] },
		],
	} as unknown as RootContent;
}

/** Deprecation notices by the index of the section heading they go under (-1: top of the page). */
function noticesBySection(tree: Root, frontmatter: Record<string, unknown>): Map<number, Notice[]> {
	const date = judgeDate();
	const bySection = new Map<number, Notice[]>();
	const seen = new Set<string>();
	const mentions = [...collectValueMentions(frontmatter), ...collectTreeMentions(tree)];
	for (const mention of mentions) {
		const verdict = judgeMention(mention, date);
		if (!verdict || verdict.standing !== 'deprecated') continue;
		const key = `${mention.sectionIndex}|${verdict.notice}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const list = bySection.get(mention.sectionIndex) ?? [];
		list.push({ text: verdict.notice, source: verdict.sources[0] });
		bySection.set(mention.sectionIndex, list);
	}
	return bySection;
}

export function catalogPlugin(): MdastPluginEntry {
	return (context) => {
		const { path, frontmatter } = pageContextOf(context);
		// Only read on an error, to turn the body line into a file line (Astro strips the frontmatter).
		const source = () => {
			try {
				return path ? readFileSync(path, 'utf8') : '';
			} catch {
				return '';
			}
		};
		return {
			name: 'catalog',
			options: { position: true },
			// Judged on the whole tree before the historical markers are unwrapped, so their content stays exempt.
			before(root, ctx) {
				const notices = noticesBySection(root as Root, frontmatter);
				// Numbered in page order when there are several, so each aside landmark has its own name.
				const total = [...notices.values()].reduce((sum, list) => sum + list.length, 0);
				let numbered = 0;
				for (const sectionIndex of [...notices.keys()].sort((a, b) => a - b)) {
					const nodes = notices.get(sectionIndex)!.map((notice) => noticeNode(notice, total > 1 ? `Model lifecycle notice ${++numbered} of ${total}` : 'Model lifecycle notice'));
					if (sectionIndex === -1) ctx.prependChild(root, nodes as never);
					else ctx.insertAfter(root.children[sectionIndex]!, nodes as never);
				}
			},
			textDirective(node, ctx) {
				if (node.name === 'catalog') {
					const key = ctx.textContent(node).trim();
					const value = recommendedValue(key);
					if (value === undefined) {
						throw new AuthorError({
							file: path ?? 'unknown file',
							line: fileLineOf(source(), `:catalog[${key}]`, node.position?.start.line),
							problem: `:catalog[${key}] names no catalog value.`,
							fix: `use one of ${Object.keys(RECOMMENDED_VALUES)
								.map((name) => `:catalog[${name}]`)
								.join(', ')}.`,
						});
					}
					return { type: 'inlineCode', value };
				}
				// `:historical[…]` renders as its plain content.
				if (isHistoricalNode(node)) ctx.replaceNode(node, [...node.children] as never);
				return undefined;
			},
			code(node, ctx) {
				if (isHistoricalNode(node)) ctx.setProperty(node, 'meta', (node.meta ?? '').replace(/(^|\s)historical(?=\s|$)/, '').trim() || null);
			},
			// A historical block renders as a plain block with a class authors can style.
			containerDirective: markHistoricalBlock,
			leafDirective: markHistoricalBlock,
		};
	};
}

function markHistoricalBlock(node: BlockDirective, ctx: MdastVisitorContext) {
	if (isHistoricalNode(node)) ctx.setProperty(node, 'data', { hName: 'div', hProperties: { className: ['historical'] } });
}
