/**
 * Keeps a reader's edited request bodies for the life of the tab, so a reload (or a crash of the
 * editor) never loses an edit. One entry per example, keyed by page path and the example's id
 * (`data-example-id`, src/lib/runnable/example-id.ts), never its position: an example inserted
 * above leaves every draft where it was. sessionStorage only: drafts may contain the reader's own data and should not
 * outlive the tab.
 */

/** The part of the Web Storage API drafts need (sessionStorage in the browser, a Map in tests). */
export interface DraftStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

const PREFIX = 'runnable:draft:';

/** The storage key of one example: page path (without query or fragment) + its id on the page. */
export function draftKey(pagePath: string, exampleId: string): string {
	const path = pagePath.split(/[?#]/)[0] || '/';
	return `${PREFIX}${path}#${exampleId}`;
}

/** Saves the edited body; storage refusing (quota, private mode) is not an error worth interrupting the reader for. */
export function saveDraft(storage: DraftStorage | undefined, key: string, text: string, original: string): boolean {
	if (!storage) return false;
	try {
		// An edit that returns to the original is no longer a draft.
		if (text === original) storage.removeItem(key);
		else storage.setItem(key, text);
		return true;
	} catch {
		return false;
	}
}

/** The saved draft, or null when there is none (or it equals the original). */
export function loadDraft(storage: DraftStorage | undefined, key: string, original: string): string | null {
	if (!storage) return null;
	try {
		const text = storage.getItem(key);
		return text === null || text === original ? null : text;
	} catch {
		return null;
	}
}

export function clearDraft(storage: DraftStorage | undefined, key: string): void {
	try {
		storage?.removeItem(key);
	} catch {
		// Nothing to clear when storage is unavailable.
	}
}
