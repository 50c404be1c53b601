/**
 * Reads the request body with a byte limit, stopping as soon as the limit is passed (a declared
 * Content-Length over the limit is refused without reading at all).
 */
import { ProblemError } from './problem.ts';

function tooLarge(limit: number): ProblemError {
	return new ProblemError('body_too_large', `The request is larger than ${Math.floor(limit / 1024)} KiB, the most this proxy accepts. Shorten the messages or input and try again.`);
}

export async function readRequestBody(request: Request, limit: number): Promise<Uint8Array> {
	const declared = request.headers.get('content-length');
	if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
	if (!request.body) return new Uint8Array();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		let next: ReadableStreamReadResult<Uint8Array>;
		try {
			next = await reader.read();
		} catch {
			throw new ProblemError('invalid_request', 'The request body could not be read completely (the upload was interrupted). Try again.');
		}
		const { done, value } = next;
		if (done) break;
		total += value.byteLength;
		if (total > limit) {
			await reader.cancel().catch(() => {});
			throw tooLarge(limit);
		}
		chunks.push(value);
	}
	const body = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		body.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return body;
}

/** JSON media type check: `application/json` with optional parameters, nothing else. */
export function isJsonContentType(value: string | null): boolean {
	if (!value) return false;
	return value.split(';')[0]!.trim().toLowerCase() === 'application/json';
}
