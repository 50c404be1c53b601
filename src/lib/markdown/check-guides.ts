/**
 * Checks every guide in a docs folder the way the Markdown pipeline does — required fields,
 * links and anchors, related entries, runnable blocks — and returns every problem at once.
 *
 * Why a separate pass: Astro renders content while it syncs the collection and only logs a
 * render error, so an error thrown by a remark plugin there does not reliably stop the build.
 * Running the same plugins here, before pages are built, turns each problem into a failed build
 * with the file and line, and shows authors all their mistakes in one go. Pages that the sync
 * has just rendered through these same checks without a problem are not parsed again.
 */
import { readFileSync } from 'node:fs';
import { docFiles, frontmatterOf } from '../links/doc-index';
import { AuthorError } from './author-error';
import { guideFieldsPlugin } from './guide-fields-plugin';
import { docLinksPlugin } from './doc-links-plugin';
import { runnablePlugin } from './runnable-plugin';
import { catalogPlugin } from './catalog-plugin';
import { compilePage, withoutFrontmatter } from './compile-page';
import { wasChecked } from './checked-pages';

export interface GuideCheckOptions {
	docsDir: string;
	extraSlugs?: readonly string[];
}

export async function checkGuides(options: GuideCheckOptions): Promise<AuthorError[]> {
	const problems: AuthorError[] = [];
	const plugins = [guideFieldsPlugin({ docsDir: options.docsDir }), docLinksPlugin({ docsDir: options.docsDir, extraSlugs: options.extraSlugs }), runnablePlugin(), catalogPlugin()];
	for (const path of docFiles(options.docsDir)) {
		// Pages the content sync just rendered through the same checks (see checked-pages.ts).
		if (wasChecked(path)) continue;
		const source = readFileSync(path, 'utf8');
		const body = withoutFrontmatter(source);
		const frontmatter = frontmatterOf(source);
		// Each plugin runs on its own so that one page can report several kinds of problem
		// (Sätteri parses natively: a parse per plugin costs about a millisecond).
		for (const plugin of plugins) {
			try {
				await compilePage(body, [plugin], { path, frontmatter });
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
