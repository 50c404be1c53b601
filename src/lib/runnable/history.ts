/**
 * The run history of one tab: every run of every example, newest first, as the reader saw it
 * (the request as sent, which connection, status, timings, usage, answer). sessionStorage only,
 * bounded in entries and in size; it never holds a key or token (the caller passes the secrets in
 * use and every field is redacted against them). Pure: storage is passed in.
 */
import { redactSecrets } from './secrets.ts';

export interface HistoryUsage {
	prompt_tokens?: number;
	completion_tokens?: number;
	/** The Responses API's names. */
	input_tokens?: number;
	output_tokens?: number;
	reasoning_tokens?: number;
	total_tokens?: number;
}

export interface HistoryEntry {
	id: string;
	/** Epoch milliseconds when the run started. */
	at: number;
	/** Page path and the example's id on it. */
	page: string;
	exampleId: string;
	operation: string;
	/** The request body as sent (possibly cut: see `requestTruncated`). */
	request: string;
	requestTruncated?: boolean;
	/** Where it went, in words: a connection's name and host/deployment, never a credential. */
	connection: string;
	/** ok, stopped, interrupted, http-error, network-error */
	outcome: string;
	/** "200 OK", "504 Gateway Timeout", "Network error"… */
	status: string;
	totalMs: number;
	firstTokenMs?: number;
	streamed: boolean;
	usage?: HistoryUsage;
	answer: string;
	answerTruncated?: boolean;
}

export interface HistoryStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export const HISTORY_STORAGE_KEY = 'runnable:history';
/** Runs kept per tab; older ones drop off. */
export const HISTORY_LIMIT = 30;
/** Characters kept of a request (a whole body up to the proxy's 256 KiB would fill sessionStorage fast). */
export const HISTORY_MAX_REQUEST_CHARS = 32 * 1024;
export const HISTORY_MAX_ANSWER_CHARS = 8 * 1024;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function validEntry(value: unknown): value is HistoryEntry {
	if (!isObject(value)) return false;
	return (
		['id', 'page', 'exampleId', 'operation', 'request', 'connection', 'outcome', 'status', 'answer'].every((key) => typeof value[key] === 'string') &&
		typeof value.at === 'number' &&
		typeof value.totalMs === 'number' &&
		typeof value.streamed === 'boolean'
	);
}

/** The stored history, newest first; anything malformed is dropped rather than trusted. */
export function loadHistory(storage: HistoryStorage | undefined): HistoryEntry[] {
	try {
		const raw = storage?.getItem(HISTORY_STORAGE_KEY);
		if (!raw) return [];
		const parsed: unknown = JSON.parse(raw);
		return Array.isArray(parsed) ? parsed.filter(validEntry).slice(0, HISTORY_LIMIT) : [];
	} catch {
		return [];
	}
}

function save(storage: HistoryStorage | undefined, entries: HistoryEntry[]): HistoryEntry[] {
	// When the tab's storage is full, drop the oldest runs until the rest fits.
	for (let kept = entries.slice(0, HISTORY_LIMIT); ; kept = kept.slice(0, -1)) {
		try {
			if (kept.length === 0) storage?.removeItem(HISTORY_STORAGE_KEY);
			else storage?.setItem(HISTORY_STORAGE_KEY, JSON.stringify(kept));
			return kept;
		} catch {
			if (kept.length === 0) return kept;
		}
	}
}

function cut(text: string, max: number): [string, boolean] {
	return text.length > max ? [text.slice(0, max), true] : [text, false];
}

/** Adds a run (redacted against `secrets`, cut to the size bounds) in front; returns the new history. */
export function addHistoryEntry(storage: HistoryStorage | undefined, entry: HistoryEntry, secrets: readonly string[]): HistoryEntry[] {
	const clean = (text: string) => redactSecrets(text, secrets);
	const [request, requestTruncated] = cut(clean(entry.request), HISTORY_MAX_REQUEST_CHARS);
	const [answer, answerTruncated] = cut(clean(entry.answer), HISTORY_MAX_ANSWER_CHARS);
	const stored: HistoryEntry = {
		...entry,
		request,
		answer,
		connection: clean(entry.connection),
		status: clean(entry.status),
		...(requestTruncated ? { requestTruncated } : {}),
		...(answerTruncated ? { answerTruncated } : {}),
	};
	return save(storage, [stored, ...loadHistory(storage).filter((e) => e.id !== entry.id)]);
}

/** Removes the runs of one example (or all runs when no filter is given). */
export function clearHistory(storage: HistoryStorage | undefined, keep: (entry: HistoryEntry) => boolean = () => false): HistoryEntry[] {
	return save(storage, loadHistory(storage).filter(keep));
}

/** The runs of one example on one page, newest first. */
export function historyOf(entries: readonly HistoryEntry[], page: string, exampleId: string): HistoryEntry[] {
	return entries.filter((entry) => entry.page === page && entry.exampleId === exampleId);
}
