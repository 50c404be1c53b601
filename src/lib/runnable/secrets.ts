/**
 * Keeps credentials out of everything the run panel stores or shares (history, share links): any
 * text that contains one of the reader's keys or tokens is redacted or refused. Pure.
 */

/** Secrets worth looking for: the non-empty keys and tokens, trimmed (as they are sent). */
export function secretsOf(values: readonly string[]): string[] {
	return [...new Set(values.map((value) => value.trim()).filter((value) => value.length >= 4))];
}

export function containsSecret(text: string, secrets: readonly string[]): boolean {
	return secrets.some((secret) => text.includes(secret));
}

export const REDACTED = '[redacted: your key]';

/** `text` with every occurrence of every secret replaced. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
	let result = text;
	for (const secret of secrets) result = result.split(secret).join(REDACTED);
	return result;
}
