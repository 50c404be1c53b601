/**
 * The content collections. `docs` is Starlight's collection, extended with the guide fields
 * defined (and documented field by field) in src/lib/content/frontmatter.ts.
 */
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { guideFrontmatterSchema } from './lib/content/frontmatter';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: guideFrontmatterSchema }),
	}),
};
