import { describe, expect, it } from 'vitest';
import { addHistoryEntry, clearHistory, HISTORY_LIMIT, HISTORY_MAX_ANSWER_CHARS, HISTORY_STORAGE_KEY, historyOf, loadHistory, type HistoryEntry } from '../../../src/lib/runnable/history.ts';

class MemoryStorage {
	data = new Map<string, string>();
	quota = Infinity;
	getItem(key: string) {
		return this.data.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
		this.data.set(key, value);
	}
	removeItem(key: string) {
		this.data.delete(key);
	}
}

const entry = (n: number, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
	id: `r${n}`,
	at: n,
	page: '/setup/',
	exampleId: 'first',
	operation: 'chat/completions',
	request: `{"n":${n}}`,
	connection: 'Mock deployment (gpt-4o-mini)',
	outcome: 'ok',
	status: '200 OK',
	totalMs: 10,
	streamed: false,
	answer: `answer ${n}`,
	...extra,
});

describe('run history', () => {
	it('keeps runs newest first, bounded, and filters by page and example', () => {
		const storage = new MemoryStorage();
		for (let n = 1; n <= HISTORY_LIMIT + 5; n++) addHistoryEntry(storage, entry(n, { exampleId: n % 2 ? 'first' : 'second' }), []);
		const all = loadHistory(storage);
		expect(all).toHaveLength(HISTORY_LIMIT);
		expect(all[0].id).toBe(`r${HISTORY_LIMIT + 5}`);
		expect(historyOf(all, '/setup/', 'second').every((e) => e.exampleId === 'second')).toBe(true);
		clearHistory(storage, (e) => e.exampleId !== 'second');
		expect(loadHistory(storage).every((e) => e.exampleId === 'first')).toBe(true);
		clearHistory(storage);
		expect(storage.getItem(HISTORY_STORAGE_KEY)).toBeNull();
	});

	it('redacts every secret from every field it keeps and cuts long answers', () => {
		const storage = new MemoryStorage();
		const secret = 'k3y-canary-value';
		addHistoryEntry(storage, entry(1, { request: `{"k":"${secret}"}`, connection: `named ${secret}`, answer: `${secret} ${'a'.repeat(HISTORY_MAX_ANSWER_CHARS)}` }), [secret]);
		const raw = storage.getItem(HISTORY_STORAGE_KEY)!;
		expect(raw).not.toContain(secret);
		const [kept] = loadHistory(storage);
		expect(kept.answer).toHaveLength(HISTORY_MAX_ANSWER_CHARS);
		expect(kept.answerTruncated).toBe(true);
	});

	it('drops the oldest runs when the tab storage is full, and ignores malformed storage', () => {
		const storage = new MemoryStorage();
		for (let n = 1; n <= 10; n++) addHistoryEntry(storage, entry(n), []);
		storage.quota = storage.getItem(HISTORY_STORAGE_KEY)!.length;
		const after = addHistoryEntry(storage, entry(11), []);
		expect(after[0].id).toBe('r11');
		expect(after.length).toBeLessThan(11);
		storage.data.set(HISTORY_STORAGE_KEY, '{not json');
		expect(loadHistory(storage)).toEqual([]);
		storage.data.set(HISTORY_STORAGE_KEY, JSON.stringify([{ id: 1 }, entry(1)]));
		expect(loadHistory(storage)).toEqual([entry(1)]);
	});
});
