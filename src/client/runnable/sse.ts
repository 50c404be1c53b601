/**
 * Incremental server-sent-events parser: feed it text as it arrives (chunks may split lines or
 * events anywhere) and it calls `onData` once per complete event with the event's data.
 * Follows the WHATWG event-stream rules the proxy passes through from Azure: `data:` lines of one
 * event are joined with "\n", lines starting with ":" are comments, CR, LF and CRLF end lines.
 * The event's name (`event:` field, "message" when absent) comes second, for the Events view.
 */
export interface SseParser {
	push(text: string): void;
	/** Flushes a final event that was not followed by a blank line. */
	end(): void;
}

export function createSseParser(onData: (data: string, event: string) => void): SseParser {
	let buffer = '';
	let data: string[] = [];
	let event = '';

	function dispatch() {
		if (data.length > 0) onData(data.join('\n'), event || 'message');
		data = [];
		event = '';
	}

	function line(text: string) {
		if (text === '') return dispatch();
		if (text.startsWith(':')) return;
		const colon = text.indexOf(':');
		const field = colon === -1 ? text : text.slice(0, colon);
		let value = colon === -1 ? '' : text.slice(colon + 1);
		if (value.startsWith(' ')) value = value.slice(1);
		if (field === 'data') data.push(value);
		else if (field === 'event') event = value;
	}

	return {
		push(text: string) {
			buffer += text;
			// A trailing CR may be the first half of CRLF: keep it until the next chunk.
			const pattern = /\r\n|\r(?!$)|\n/g;
			let start = 0;
			for (let match = pattern.exec(buffer); match; match = pattern.exec(buffer)) {
				line(buffer.slice(start, match.index));
				start = match.index + match[0].length;
			}
			buffer = buffer.slice(start);
		},
		end() {
			if (buffer !== '') line(buffer.replace(/\r$/, ''));
			buffer = '';
			dispatch();
		},
	};
}
