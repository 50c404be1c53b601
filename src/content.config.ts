/**
 * The content collections. `docs` is Starlight's collection, extended with the guide fields
 * defined (and documented field by field) in src/lib/content/frontmatter.ts.
 */
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { guideFrontmatterSchema } from './lib/content/frontmatter';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: guideFrontmatterSchema }),
	}),
	/** Starlight's UI strings, overridden in src/content/i18n/en.json. */
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
