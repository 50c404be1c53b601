/**
 * Renders Pagefind's default search UI into the search dialog, with this site's ranking and
 * result summaries. Pagefind's code (and its index) is fetched only when this runs, so pages
 * stay light until someone is about to search.
 */
import type { PagefindUI } from '@pagefind/default-ui';
import { PAGEFIND_RANKING } from '../../lib/search/ranking.ts';
import { summarizeResult, type PagefindResultData } from '../../lib/search/result-summary.ts';
import { loadSearchEngine } from './pagefind-engine.ts';

/**
 * What the UI passes on to Pagefind's engine. One object for both, because the engine is
 * configured by whichever call comes first (see loadSearchEngine). 12 words of context around
 * each match is the default UI's own choice when sub-results are shown.
 */
const ENGINE_OPTIONS = { ranking: PAGEFIND_RANKING, excerptLength: 12 };

/** `host` must have an id: Pagefind's UI takes a selector. */
export async function mountPagefindUi(host: HTMLElement, translations: Record<string, string>): Promise<PagefindUI> {
	const base = import.meta.env.BASE_URL;
	// The index Starlight's Pagefind step writes next to the pages.
	const bundlePath = `${base.replace(/\/$/, '')}/pagefind/`;
	const [pagefind] = await Promise.all([import('@pagefind/default-ui'), loadSearchEngine(bundlePath, ENGINE_OPTIONS)]);
	return new pagefind.PagefindUI({
		element: `#${host.id}`,
		baseUrl: base,
		bundlePath,
		...ENGINE_OPTIONS,
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
