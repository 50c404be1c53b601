/**
 * Pagefind's ranking weights, shared by the search dialog and the ranking test so the test
 * measures what readers get. Starting point: Starlight's defaults, which favour pages whose
 * words match closely (termSimilarity) over long pages that repeat a word often.
 */
export const PAGEFIND_RANKING = {
	/** Little penalty for long pages: a complete guide should not lose to a stub. */
	pageLength: 0.1,
	/** Low: how often a word repeats says little; where it appears (its weight) says more. */
	termFrequency: 0.1,
	termSaturation: 2,
	/** High: an exact word beats a word that merely starts with the query. */
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
	/**
	 * The `keywords` metadata (a guide's search_keywords) counts like ten times a body word: a
	 * keyword is the author's statement that the page answers that phrase. Kept as metadata rather
	 * than hidden text so it never shows up in result excerpts.
	 */
	metaWeights: { keywords: 10 },
};
