/**
 * Reads a server-sent event stream incrementally with `eventsource-parser` (the WHATWG rules:
 * `data:` lines joined with "\n", comments, CR / LF / CRLF, chunks split anywhere) and hands on
 * every event with its name: `message` for plain data events such as chat completion chunks,
 * `error` for the proxy's final problem event, and any other name a stream uses (the Responses
 * API's `response.output_text.delta` …). What a name means is up to the caller.
 */
import { createParser } from 'eventsource-parser';

export interface StreamEvent {
	/** The `event:` field, or `message` when the event had none (as EventSource reports it). */
	name: string;
	data: string;
}

export interface StreamEventReader {
	push(text: string): void;
	/** The stream ended: dispatches a final event that was not followed by a blank line. */
	end(): void;
}

export function createStreamEventReader(onEvent: (event: StreamEvent) => void): StreamEventReader {
	const parser = createParser({ onEvent: (event) => onEvent({ name: event.event || 'message', data: event.data }) });
	return {
		push: (text) => parser.feed(text),
		end() {
			// A blank line completes a last event the server did not terminate; after a complete one it adds nothing.
			parser.feed('\n\n');
			parser.reset();
		},
	};
}
