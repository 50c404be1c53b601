/**
 * Renders Pagefind's default search UI into the search dialog, with this site's ranking and
 * result summaries. Pagefind's code (and its index) is fetched only when this runs, so pages
 * stay light until someone is about to search.
 */
import type { PagefindUI } from '@pagefind/default-ui';
import { PAGEFIND_RANKING } from '../../lib/search/ranking.ts';
import { summarizeResult, type PagefindResultData } from '../../lib/search/result-summary.ts';

/** `host` must have an id: Pagefind's UI takes a selector. */
export async function mountPagefindUi(host: HTMLElement, translations: Record<string, string>): Promise<PagefindUI> {
	const pagefind = await import('@pagefind/default-ui');
	const base = import.meta.env.BASE_URL;
	return new pagefind.PagefindUI({
		element: `#${host.id}`,
		baseUrl: base,
		// The index Starlight's Pagefind step writes next to the pages.
		bundlePath: `${base.replace(/\/$/, '')}/pagefind/`,
		ranking: PAGEFIND_RANKING,
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
