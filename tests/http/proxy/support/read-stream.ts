/** Helpers to read a streamed response piece by piece in tests. */

export async function readFirstChunk(response: Response): Promise<{ text: string; reader: ReadableStreamDefaultReader<Uint8Array> }> {
	const reader = response.body!.getReader();
	const { value } = await reader.read();
	return { text: new TextDecoder().decode(value), reader };
}

/** Parses a complete SSE text into events ({event, data}). */
export function parseEvents(text: string): Array<{ event: string; data: string }> {
	return text
		.split(/\n\n/)
		.filter((block) => block.trim() !== '')
		.map((block) => {
			let event = 'message';
			const data: string[] = [];
			for (const line of block.split('\n')) {
				if (line.startsWith('event: ')) event = line.slice(7);
				else if (line.startsWith('data: ')) data.push(line.slice(6));
			}
			return { event, data: data.join('\n') };
		});
}

/** Polls (bounded) until `check` is true; returns its last value. */
export async function eventually(check: () => boolean, maxWaitMs = 3000): Promise<boolean> {
	const until = Date.now() + maxWaitMs;
	while (!check() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
	return check();
}
