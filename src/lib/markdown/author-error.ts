/**
 * Errors for authors: what happened, where (file and line), and what to do.
 *
 * Thrown from Markdown plugins, these stop the build; their text is what the author reads first,
 * so each one names the file relative to the project, the line, the value and the fix.
 */
import { relative } from 'node:path';

export interface AuthorErrorDetails {
	/** Absolute or project-relative path of the file at fault. */
	file: string;
	/** 1-based line, when known. */
	line?: number;
	column?: number;
	/** One sentence: what is wrong. */
	problem: string;
	/** One sentence: what the author should do. */
	fix: string;
}

/** Path of a file relative to the project root, with forward slashes, for messages. */
export function displayPath(file: string, root = process.cwd()): string {
	const rel = relative(root, file).split('\\').join('/');
	return rel.startsWith('..') ? file : rel;
}

export class AuthorError extends Error {
	readonly details: AuthorErrorDetails;
	constructor(details: AuthorErrorDetails) {
		const where = `${displayPath(details.file)}${details.line ? `:${details.line}${details.column ? `:${details.column}` : ''}` : ''}`;
		super(`${where}: ${details.problem}\n  How to fix: ${details.fix}`);
		this.name = 'AuthorError';
		this.details = details;
	}
}

/**
 * The file line of something a remark plugin found at `bodyLine`. Astro hands remark the page
 * body without its frontmatter (and without leading blank lines), so positions are body lines;
 * authors need file lines. The text stands on a file line at or after the body line, which finds it.
 */
export function fileLineOf(source: string, needle: string | ((line: string) => boolean), bodyLine: number | undefined): number | undefined {
	if (bodyLine === undefined) return undefined;
	const matches = typeof needle === 'string' ? (line: string) => line.includes(needle) : needle;
	const lines = source.split('\n');
	for (let index = bodyLine - 1; index < lines.length; index++) {
		if (matches(lines[index])) return index + 1;
	}
	return bodyLine;
}

/** Edit distance, for "did you mean" suggestions on mistyped page paths. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length];
}

/** The closest candidate to `wanted`, if one is close enough to be a likely typo. */
export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(wanted, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best !== undefined && bestDistance <= Math.max(3, Math.floor(wanted.length / 3)) ? best : undefined;
}
