// A small deterministic tokenizer: a token is a run of letters/digits, or one other visible
// character, each carrying the whitespace before it. Joining the tokens gives back the text
// (minus trailing whitespace), so a reply cut at N tokens is still readable text.
// It is not tiktoken; it only has to be stable and roughly proportional to real counts.

const TOKEN = /\s*(?:[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_])/gu;

export function tokenize(text: string): string[] {
	return text.match(TOKEN) ?? [];
}

export function countTokens(text: string): number {
	return tokenize(text).length;
}
