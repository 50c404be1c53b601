import { describe, expect, it } from 'vitest';
import { completeEventsEnd, sseErrorEvent } from '../../../src/lib/proxy/sse.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('completeEventsEnd', () => {
	it.each([
		['data: a\n\n', 9],
		['data: a\n\ndata: b', 9],
		['data: a\n\ndata: b\n\n', 18],
		['data: a\r\n\r\ndata: b', 11],
		['data: a\n', 0],
		['', 0],
	])('%j ends complete events at %i', (text, end) => {
		expect(completeEventsEnd(bytes(text))).toBe(end);
	});
});

describe('sseErrorEvent', () => {
	it('is one error event whose data is a problem object', () => {
		const text = new TextDecoder().decode(sseErrorEvent('upstream_timeout', 'Too slow.'));
		expect(text.startsWith('event: error\ndata: ')).toBe(true);
		expect(text.endsWith('\n\n')).toBe(true);
		const data = JSON.parse(text.slice('event: error\ndata: '.length));
		expect(data).toMatchObject({ code: 'upstream_timeout', status: 504, detail: 'Too slow.' });
	});
});
