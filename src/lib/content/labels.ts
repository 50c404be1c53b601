/** Reader-facing names of the closed frontmatter sets. */
import type { AudienceLevel, Category, Persona } from './frontmatter';

export const AUDIENCE_LABELS: Record<AudienceLevel, string> = {
	beginner: 'Beginner',
	intermediate: 'Intermediate',
	advanced: 'Advanced',
};

export const PERSONA_LABELS: Record<Persona, string> = {
	admin: 'Admin',
	developer: 'Developer',
	architect: 'Architect',
	security: 'Security',
};

export const CATEGORY_LABELS: Record<Category, string> = {
	providers: 'Providers',
	quickstarts: 'Quickstarts',
	security: 'Security',
	migration: 'Migration',
	operations: 'Operations',
};
