/**
 * Requires every guide in the docs folder to set the guide fields (audience, personas, categories,
 * reading time, review date, title, description). The content schema checks each field's value;
 * this check adds "is it there at all", which the schema cannot require because Starlight also
 * validates home and landing pages against it.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { FIELD_EXAMPLES, REQUIRED_GUIDE_FIELDS } from '../content/frontmatter';
import { AuthorError } from './author-error';

export function remarkGuideFields(options: { docsDir: string }) {
	return function transform(_tree: Root, file: VFile) {
		if (!file.path || !file.path.startsWith(options.docsDir)) return;
		const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
		const missing = REQUIRED_GUIDE_FIELDS.filter((field) => frontmatter[field] === undefined || frontmatter[field] === null || frontmatter[field] === '');
		if (missing.length === 0) return;
		throw new AuthorError({
			file: file.path,
			line: 1,
			problem: `the frontmatter is missing ${missing.map((f) => `"${f}"`).join(', ')}: every guide states who it is for, how long it takes and when it was last reviewed.`,
			fix: `add ${missing.length === 1 ? 'this line' : 'these lines'} between the --- markers: ${missing.map((f) => FIELD_EXAMPLES[f]).join('; ')}.`,
		});
	};
}
