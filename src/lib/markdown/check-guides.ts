/**
 * Checks every guide in a docs folder the way the Markdown pipeline does — required fields,
 * links and anchors, related entries, runnable blocks — and returns every problem at once.
 *
 * Why a separate pass: Astro renders content while it syncs the collection and only logs a
 * render error, so an error thrown by a remark plugin there does not reliably stop the build.
 * Running the same plugins here, before pages are built, turns each problem into a failed build
 * with the file and line, and shows authors all their mistakes in one go.
 */
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import { VFile } from 'vfile';
import { readDocIndex } from '../links/doc-index';
import { frontmatterOf } from '../links/doc-index';
import { AuthorError } from './author-error';
import { remarkGuideFields } from './remark-guide-fields';
import { remarkDocLinks } from './remark-doc-links';
import { remarkRunnable } from './remark-runnable';
import { remarkCatalog } from './remark-catalog';

export interface GuideCheckOptions {
	docsDir: string;
	extraSlugs?: readonly string[];
}

/** The source with its frontmatter blanked out line for line, so positions are file lines. */
function withoutFrontmatter(source: string): string {
	const match = /^---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/.exec(source);
	return match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
}

export async function checkGuides(options: GuideCheckOptions): Promise<AuthorError[]> {
	const problems: AuthorError[] = [];
	for (const page of readDocIndex(options.docsDir).values()) {
		const source = readFileSync(page.file, 'utf8');
		const file = new VFile({ path: page.file, value: withoutFrontmatter(source), data: { astro: { frontmatter: frontmatterOf(source) } } });
		// Each plugin runs on its own so that one page can report several kinds of problem.
		for (const plugin of [
			() => remarkGuideFields({ docsDir: options.docsDir }),
			() => remarkDocLinks({ docsDir: options.docsDir, extraSlugs: options.extraSlugs }),
			() => remarkRunnable(),
			() => remarkCatalog(),
		]) {
			try {
				const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(plugin);
				await processor.run(processor.parse(file), file);
			} catch (error) {
				if (error instanceof AuthorError) problems.push(error);
				else throw error;
			}
		}
	}
	return problems;
}

/** One message listing every problem, for the build's error output. */
export function formatProblems(problems: AuthorError[]): string {
	const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
	return `The guides have ${count} to fix before the site can build:\n\n${problems.map((p) => p.message).join('\n\n')}`;
}
