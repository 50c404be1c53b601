/**
 * The guide the home page puts first: most readers arrive to set up a provider and make a
 * first call. A missing guide stops the build rather than leaving the home page without its
 * main route.
 */
import type { GuideSummary } from './guide-summaries.ts';

export const FEATURED_GUIDE_SLUG = 'providers/azure-openai/setup';

export function featuredGuide(guides: readonly GuideSummary[], slug = FEATURED_GUIDE_SLUG): GuideSummary {
	const guide = guides.find((candidate) => candidate.slug === slug);
	if (!guide) {
		throw new Error(
			`The home page features the guide "${slug}", but no guide has that slug (found: ${guides.map((g) => g.slug).join(', ') || 'none'}). ` +
				'Restore src/content/docs/' +
				slug +
				'.md, or change FEATURED_GUIDE_SLUG in src/lib/nav/featured.ts.',
		);
	}
	return guide;
}
