import { describe, expect, it } from 'vitest';
import { createStreamEventReader, type StreamEvent } from '../../../src/client/runnable/sse.ts';

function read(chunks: string[]): StreamEvent[] {
	const events: StreamEvent[] = [];
	const reader = createStreamEventReader((event) => events.push(event));
	for (const chunk of chunks) reader.push(chunk);
	reader.end();
	return events;
}

describe('the browser’s event-stream reader', () => {
	it('names plain data events "message" and keeps every other name, for any API', () => {
		expect(read(['data: {"a":1}\n\n', 'event: response.output_text.delta\ndata: {"delta":"Hi"}\n\n', 'event: error\ndata: {"code":"upstream_timeout"}\n\n'])).toEqual([
			{ name: 'message', data: '{"a":1}' },
			{ name: 'response.output_text.delta', data: '{"delta":"Hi"}' },
			{ name: 'error', data: '{"code":"upstream_timeout"}' },
		]);
	});

	it('joins data lines, skips comments and takes chunks split anywhere, with CR, LF or CRLF', () => {
		const chunks = [': keep-alive\r\nevent: err', 'or\r\ndata: line 1\r', '\ndata: line 2\r\n\r\ndata: [DONE]\n\n'];
		expect(read(chunks)).toEqual([
			{ name: 'error', data: 'line 1\nline 2' },
			{ name: 'message', data: '[DONE]' },
		]);
	});

	it('dispatches a last event that was not followed by a blank line, once', () => {
		expect(read(['data: tail'])).toEqual([{ name: 'message', data: 'tail' }]);
		expect(read(['data: done\n\n'])).toEqual([{ name: 'message', data: 'done' }]);
	});
});
