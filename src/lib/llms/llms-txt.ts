/**
 * `/llms.txt` in the llmstxt.org format: an H1 with the site's name, a blockquote summary, a
 * short note, then one H2 section per category listing its guides as
 * `- [Title](url-of-the-markdown-twin): description`.
 */
import { CATEGORY_LABELS } from '../content/labels.ts';
import type { GuideSummary } from '../nav/guide-summaries.ts';
import { twinUrl } from './markdown-twin.ts';

export interface LlmsTxtInput {
	title: string;
	summary: string;
	/** Absolute origin the links start with, e.g. https://guides.example.com */
	siteUrl: string;
	guides: readonly GuideSummary[];
}

/** Keeps a description on one list line. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

export function llmsTxt(input: LlmsTxtInput): string {
	const origin = input.siteUrl.replace(/\/+$/, '');
	const sections = new Map<string, GuideSummary[]>();
	for (const guide of input.guides) {
		const category = guide.categories[0] ?? 'other';
		sections.set(category, [...(sections.get(category) ?? []), guide]);
	}
	const lines = [
		`# ${input.title}`,
		'',
		`> ${oneLine(input.summary)}`,
		'',
		'Each guide below is linked to its Markdown version (the page URL plus `.md`): the text, code samples and',
		"footnoted sources without the site's navigation. Requests in the guides target Azure OpenAI's data-plane API",
		'unless a guide says otherwise.',
	];
	for (const [category, guides] of sections) {
		lines.push('', `## ${CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS] ?? category}`, '');
		for (const guide of guides) {
			const description = oneLine(guide.description);
			lines.push(`- [${guide.title}](${origin}${twinUrl(guide.slug)})${description ? `: ${description}` : ''}`);
		}
	}
	return `${lines.join('\n')}\n`;
}
