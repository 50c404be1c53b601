/**
 * Pages made by src/pages/ rather than the docs folder, which guides may link to: the home page
 * the landing page of every audience level, persona and category (`/personas/admin/`), and the
 * freshness report (`/freshness/`).
 * Keep in step with src/pages/ so the link check knows them.
 */
import { allLandingSlugs } from '../lib/nav/taxonomy.ts';

export const EXTRA_PAGE_SLUGS: readonly string[] = ['', 'freshness', ...allLandingSlugs()];
