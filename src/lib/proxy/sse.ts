/**
 * Server-sent events helpers for the passthrough: find where complete events end (so a fault
 * never leaves half an event in front of our error event) and write the final error event.
 */
import { makeProblem, type ProblemCode } from './problem.ts';

const LF = 0x0a;
const CR = 0x0d;

/**
 * Index just past the last complete event in `bytes` (a blank line: LF LF or CR LF CR LF),
 * or 0 when no event is complete yet.
 */
export function completeEventsEnd(bytes: Uint8Array): number {
	for (let i = bytes.length - 1; i >= 1; i--) {
		if (bytes[i] !== LF) continue;
		if (bytes[i - 1] === LF) return i + 1;
		if (i >= 3 && bytes[i - 1] === CR && bytes[i - 2] === LF && bytes[i - 3] === CR) return i + 1;
	}
	return 0;
}

/** `event: error` with a problem-details JSON payload, as the last thing on a broken stream. */
export function sseErrorEvent(code: ProblemCode, detail: string): Uint8Array {
	return new TextEncoder().encode(`event: error\ndata: ${JSON.stringify(makeProblem(code, detail))}\n\n`);
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
	if (a.byteLength === 0) return b;
	const joined = new Uint8Array(a.byteLength + b.byteLength);
	joined.set(a, 0);
	joined.set(b, a.byteLength);
	return joined;
}
