/**
 * Estimates how long a guide takes to read, to check the author's `min_read_minutes`.
 *
 * Prose is counted at 200 words a minute. Readers skim long code listings rather than read them
 * word by word, so each non-blank code line counts as 5 seconds (12 lines a minute). The estimate is a sanity check for the author's figure, not a replacement.
 */
const PROSE_WORDS_PER_MINUTE = 200;
const CODE_LINES_PER_MINUTE = 12;

export interface ReadingEstimate {
	proseWords: number;
	codeLines: number;
	minutes: number;
}

export function estimateReadingTime(markdown: string): ReadingEstimate {
	let proseWords = 0;
	let codeLines = 0;
	let inFence = false;
	for (const line of markdown.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) {
			inFence = !inFence;
			continue;
		}
		if (inFence) {
			if (line.trim() !== '') codeLines++;
			continue;
		}
		const text = line
			.replace(/【F:[^】]*】/g, '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\]\([^)]*\)/g, ']')
			.replace(/[#>*_`[\]|-]/g, ' ');
		proseWords += text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
	}
	const minutes = Math.max(1, Math.round(proseWords / PROSE_WORDS_PER_MINUTE + codeLines / CODE_LINES_PER_MINUTE));
	return { proseWords, codeLines, minutes };
}

/**
 * Whether the stated and estimated minutes disagree enough to tell the reader: more than half
 * again, or less than half, and at least 5 minutes apart.
 */
export function differsWidely(statedMinutes: number, estimatedMinutes: number): boolean {
	const ratio = estimatedMinutes / statedMinutes;
	return Math.abs(estimatedMinutes - statedMinutes) >= 5 && (ratio > 1.5 || ratio < 0.5);
}
