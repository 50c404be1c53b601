/**
 * A runnable example's id on its page (`data-example-id`): what drafts, history and share links
 * key on, so that inserting or moving an example never hands one example's draft to another.
 * From the author's `id=` (fence meta) or `id` prop, else derived from the title, else from the
 * sample text; de-duplicated in page order (`x`, `x-2`, `x-3`).
 */
import { slug } from 'github-slugger';

/** What an author may write as an id: lower-case letters, digits and hyphens. */
export const EXAMPLE_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** The id an example has before de-duplication: the author's, else the title's slug; undefined without either. */
export function baseExampleId(authorId: string | undefined, title: string | undefined): string | undefined {
	if (authorId) return authorId;
	const fromTitle = title
		? slug(title)
				.replace(/^-+|-+$/g, '')
				.slice(0, 64)
		: '';
	return fromTitle || undefined;
}

/** A short, stable name for an untitled example, from its sample text (FNV-1a; not for security). */
export function idFromText(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `example-${hash.toString(36)}`;
}

/** Makes ids unique in page order: the first keeps its id, later ones get -2, -3, … */
export function dedupeExampleIds(ids: readonly string[]): string[] {
	const taken = new Set<string>();
	return ids.map((id) => {
		let candidate = id;
		for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
		taken.add(candidate);
		return candidate;
	});
}
