/** Line comments for generated code (`# …` for shell and Python, `// …` for JavaScript). */

// Anything that could end a line comment early: line breaks, U+2028/U+2029 (line terminators
// in JavaScript) and other control characters.
const BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Wraps a sentence at about `width` columns, never splitting a word. */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ').filter(Boolean)) {
		if (line !== '' && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line === '' ? word : `${line} ${word}`;
	}
	if (line !== '') lines.push(line);
	return lines;
}

/** Comment lines (each ending with a newline) for the given sentences; '' when there are none. */
export function commentBlock(marker: '#' | '//', sentences: string[], indent = ''): string {
	return sentences
		.flatMap((sentence) => wrap(sentence.replace(BREAKING, ' '), 96))
		.map((line) => `${indent}${marker} ${line}\n`)
		.join('');
}
