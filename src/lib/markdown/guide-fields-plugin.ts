/**
 * Requires every guide in the docs folder to set the guide fields (audience, personas, categories,
 * reading time, review date, title, description). The content schema checks each field's value;
 * this check adds "is it there at all", which the schema cannot require because Starlight also
 * validates home and landing pages against it.
 */
import type { MdastPluginEntry } from 'satteri';
import { FIELD_EXAMPLES, REQUIRED_GUIDE_FIELDS } from '../content/frontmatter';
import { AuthorError } from './author-error';
import { guidePageOf } from './page-context';

export function guideFieldsPlugin(options: { docsDir: string }): MdastPluginEntry {
	return (context) => {
		const page = guidePageOf(context, options.docsDir);
		if (!page) return undefined;
		const missing = REQUIRED_GUIDE_FIELDS.filter((field) => page.frontmatter[field] === undefined || page.frontmatter[field] === null || page.frontmatter[field] === '');
		if (missing.length === 0) return undefined;
		const error = new AuthorError({
			file: page.path,
			line: 1,
			problem: `the frontmatter is missing ${missing.map((f) => `"${f}"`).join(', ')}: every guide states who it is for, how long it takes and when it was last reviewed.`,
			fix: `add ${missing.length === 1 ? 'this line' : 'these lines'} between the --- markers: ${missing.map((f) => FIELD_EXAMPLES[f]).join('; ')}.`,
		});
		// Thrown from the plugin's first hook, so the compile stops with this error.
		return {
			name: 'guide-fields',
			before() {
				throw error;
			},
		};
	};
}
