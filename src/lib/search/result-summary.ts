/**
 * Shapes a Pagefind result for the search dialog (runs in the browser, through the UI's
 * `processResult`): the page's description becomes the summary under the title, followed by
 * the matching sections; the description no longer shows as a "Description: ..." tag.
 *
 * Pagefind's default UI shows a result's excerpt only when its first sub-result is the page
 * itself, so a root sub-result is added when Pagefind did not report one.
 */

export interface PagefindSubResult {
	url: string;
	title: string;
	excerpt: string;
	[key: string]: unknown;
}

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	sub_results: PagefindSubResult[];
	[key: string]: unknown;
}

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** Meta keys that are for ranking or display elsewhere, never shown as result tags. */
const HIDDEN_META = ['description', 'keywords'];

export function summarizeResult<T extends PagefindResultData>(result: T): T {
	const description = result.meta.description?.trim();
	for (const key of HIDDEN_META) delete result.meta[key];
	if (!description) return result;
	const summary = `<span class="search-result__description">${escapeHtml(description)}</span>`;
	const pageUrl = result.meta.url || result.url;
	const first = result.sub_results[0];
	// Starlight gives the page title the id `_top`, so the page-level section may carry that anchor.
	if (first && (first.url === pageUrl || first.url === `${pageUrl}#_top`)) {
		first.url = pageUrl;
		// Keep Pagefind's highlighted excerpt of the page's opening under the description.
		result.excerpt = first.excerpt ? `${summary}<span class="search-result__match">${first.excerpt}</span>` : summary;
	} else {
		result.sub_results.unshift({ url: pageUrl, title: result.meta.title ?? '', excerpt: summary });
		result.excerpt = summary;
	}
	return result;
}
