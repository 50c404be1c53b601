/**
 * What looks like a model name or an api-version in guide text. Pure: the rot check, the page
 * notices and the freshness report all find mentions with these.
 *
 * Model-looking: the Azure OpenAI families (gpt-…, o1…o9, text-embedding-…, the first-generation
 * text-/code- models, davinci-002…). A name glued to a word before it (`prod-gpt-4o-mini`, a
 * deployment name) is not a mention, nor is a family (`GPT-5 family`, `GPT-4.1 series`). Api-version-looking: `YYYY-MM-DD-preview` anywhere, and a
 * bare `YYYY-MM-DD` on a line that talks about an api-version (`?api-version=`, `apiVersion`,
 * "API version"), unless it is an accessed/reviewed date.
 */

export interface TextMatch {
	kind: 'model' | 'api-version';
	/** The text as written. */
	text: string;
	/** Offset in the searched string. */
	index: number;
}

const MODEL =
	/(?<![\w.-])(gpt-(?:35|3\.5)-turbo(?:-16k|-instruct)?|gpt-[0-9](?:\.[0-9]+)?[a-z]*(?:-[a-z0-9]+)*|gpt-(?:chat-latest|image-[0-9a-z.-]+|realtime[0-9a-z.-]*|audio[0-9a-z.-]*|oss-[0-9a-z]+)|o[1-9](?:-(?:mini|pro|preview|deep-research))*|text-embedding-[a-z0-9-]+|(?:text|code)-(?:davinci|curie|babbage|ada|cushman|search|similarity)-[a-z0-9-]*[0-9]|(?:davinci|babbage)-00[0-9]|dall-e-[0-9]|codex-mini)(?![\w])/gi;
/** What follows a name that stands for a family of models rather than one model. */
const FAMILY_WORD = /^[\s-]+(?:family|series)\b/i;
const PREVIEW_VERSION = /(?<![\w-])\d{4}-\d{2}-\d{2}-preview(?![\w-])/g;
const BARE_DATE = /(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])/g;
const TALKS_ABOUT_API_VERSION = /api[-_ ]?version/i;
const DATE_NOT_A_VERSION = /(accessed|reviewed|updated|checked)\b[^.;:]{0,12}$/i;

/** Every model- or api-version-looking string in `text`, in order. */
export function findMatches(text: string): TextMatch[] {
	const matches: TextMatch[] = [];
	const taken: Array<[number, number]> = [];
	const free = (start: number, end: number) => taken.every(([a, b]) => end <= a || start >= b);
	for (const match of text.matchAll(MODEL)) {
		// A sentence's full stop is not part of the name (`… use gpt-realtime.`).
		const name = match[0].replace(/[.-]+$/, '');
		// "GPT-5 family", "GPT-4.1 series": a family of models, not one model to deploy or call.
		if (FAMILY_WORD.test(text.slice(match.index + name.length))) continue;
		matches.push({ kind: 'model', text: name, index: match.index });
		taken.push([match.index, match.index + name.length]);
	}
	for (const match of text.matchAll(PREVIEW_VERSION)) {
		if (!free(match.index, match.index + match[0].length)) continue;
		matches.push({ kind: 'api-version', text: match[0], index: match.index });
		taken.push([match.index, match.index + match[0].length]);
	}
	let lineStart = 0;
	for (const line of text.split('\n')) {
		if (TALKS_ABOUT_API_VERSION.test(line)) {
			for (const match of line.matchAll(BARE_DATE)) {
				const index = lineStart + match.index;
				if (!free(index, index + match[0].length)) continue;
				if (DATE_NOT_A_VERSION.test(line.slice(0, match.index))) continue;
				matches.push({ kind: 'api-version', text: match[0], index });
			}
		}
		lineStart += line.length + 1;
	}
	return matches.sort((a, b) => a.index - b.index);
}

/** Splits `gpt-4o-mini-2024-07-18` into the model and its dated version. */
export function splitModelVersion(text: string): { name: string; version?: string } {
	const lower = text.toLowerCase();
	const dated = /^(.*?)-(\d{4}-\d{2}-\d{2})$/.exec(lower);
	return dated ? { name: dated[1], version: dated[2] } : { name: lower };
}
