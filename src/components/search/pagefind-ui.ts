/**
 * Renders Pagefind's default search UI into the search dialog, with this site's ranking and
 * result summaries. Pagefind's code (and its index) is fetched only when this runs, so pages
 * stay light until someone is about to search.
 */
import type { PagefindUI } from '@pagefind/default-ui';
import { PAGEFIND_RANKING } from '../../lib/search/ranking.ts';
import { summarizeResult, type PagefindResultData } from '../../lib/search/result-summary.ts';
import { loadSearchEngine } from './pagefind-engine.ts';

/** Words of context around each match; the default UI's own choice when sub-results are shown. */
const EXCERPT_WORDS = 12;

/** `host` must have an id: Pagefind's UI takes a selector. */
export async function mountPagefindUi(host: HTMLElement, translations: Record<string, string>): Promise<PagefindUI> {
	const base = import.meta.env.BASE_URL;
	// The index Starlight's Pagefind step writes next to the pages.
	const bundlePath = `${base.replace(/\/$/, '')}/pagefind/`;
	const [pagefind] = await Promise.all([
		import('@pagefind/default-ui'),
		loadSearchEngine(bundlePath, { ranking: PAGEFIND_RANKING, excerptLength: EXCERPT_WORDS }),
	]);
	return new pagefind.PagefindUI({
		element: `#${host.id}`,
		baseUrl: base,
		bundlePath,
		ranking: PAGEFIND_RANKING,
		excerptLength: EXCERPT_WORDS,
		// Guides have no cover images; sections matching the query are the useful detail.
		showImages: false,
		showSubResults: true,
		// Filter groups start folded so results stay in view; readers open the one they need.
		openFilters: [],
		showEmptyFilters: false,
		translations,
		processResult: (result: PagefindResultData) => summarizeResult(result),
	});
}
