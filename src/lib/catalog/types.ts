/**
 * Shapes shared by every catalog entry. The catalog is the one place the site states facts about
 * the Azure OpenAI service; each entry names where the fact was read and when.
 */

/** A calendar date, `YYYY-MM-DD` (UTC). */
export type IsoDate = string;

/** Where a fact was read, and the day someone last checked it there. */
export interface Source {
	/** A Microsoft Learn page (or, for error bodies, the public thread that captured one). */
	url: string;
	title: string;
	checkedOn: IsoDate;
	/** What this source says, when sources disagree and the entry keeps more than one. */
	says?: string;
}

/** Operations the site knows; `responses` lives on the v1 route only. */
export type Operation = 'chat/completions' | 'embeddings' | 'responses';

/** How a mention of a model or api-version stands on a given day. */
export type Standing = 'available' | 'deprecated' | 'retired';
