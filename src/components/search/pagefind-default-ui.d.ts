/**
 * The part of @pagefind/default-ui's API this site calls (the package ships no type
 * declarations). Option names and meanings follow Pagefind's documentation of the default UI.
 */
declare module '@pagefind/default-ui' {
	export interface PagefindUIOptions {
		/** CSS selector of the element the UI renders into. */
		element: string;
		baseUrl?: string;
		bundlePath?: string;
		showImages?: boolean;
		showSubResults?: boolean;
		showEmptyFilters?: boolean;
		/** Names of filter groups shown unfolded. */
		openFilters?: string[];
		ranking?: Record<string, unknown>;
		/** Words of context in each result excerpt. */
		excerptLength?: number;
		translations?: Record<string, string>;
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Pagefind's untyped UI passes its own result shape back and forth
		processResult?: (result: any) => any;
	}
	export class PagefindUI {
		constructor(options: PagefindUIOptions);
		/** Runs a search as if the reader had typed `term` into the UI's field. */
		triggerSearch(term: string): void;
	}
}
