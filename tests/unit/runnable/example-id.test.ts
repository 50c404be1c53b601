import { describe, expect, it } from 'vitest';
import { baseExampleId, dedupeExampleIds, idFromText } from '../../../src/lib/runnable/example-id.ts';
import { parseRunnableMeta } from '../../../src/lib/markdown/runnable-plugin.ts';

describe('example ids', () => {
	it('take the author’s id, else the title’s slug, else nothing (the browser then uses the text)', () => {
		expect(baseExampleId('summarize-note', 'Summarize an expense note')).toBe('summarize-note');
		expect(baseExampleId(undefined, 'Summarize an expense note (Node.js sample)')).toBe('summarize-an-expense-note-nodejs-sample');
		expect(baseExampleId(undefined, undefined)).toBeUndefined();
		expect(baseExampleId(undefined, '!!!')).toBeUndefined();
	});

	it('are unique in page order, the first keeping its id', () => {
		expect(dedupeExampleIds(['a', 'b', 'a', 'a', 'a-2'])).toEqual(['a', 'b', 'a-2', 'a-3', 'a-2-2']);
	});

	it('from the text are stable and differ between samples', () => {
		expect(idFromText('{"messages": []}')).toBe(idFromText('{"messages": []}'));
		expect(idFromText('{"messages": []}')).not.toBe(idFromText('{"input": "x"}'));
		expect(idFromText('x')).toMatch(/^example-[0-9a-z]+$/);
	});

	it('are read from the fence meta and checked', () => {
		expect(parseRunnableMeta('runnable id=first-call title="First call"')).toMatchObject({ id: 'first-call', title: 'First call', rest: 'title="First call"' });
		expect(parseRunnableMeta('runnable id=First_Call')).toEqual({ error: expect.stringContaining('id=First_Call is not an example id') });
	});
});
