import { describe, expect, it } from 'vitest';
import { differsWidely, estimateReadingTime } from '../../../src/lib/content/reading-time';
import { formatReviewDate, isReviewStale, monthsBefore, monthsBetween } from '../../../src/lib/content/review-age';

describe('reading time', () => {
	it('counts prose words and code lines separately, ignoring markup and source markers', () => {
		const estimate = estimateReadingTime(['---', 'title: x', '---', '## Two words', 'One two three.【F:a.md†L1-L2】 [link text](/x/)', '```bash', 'echo one', '', 'echo two', '```'].join('\n'));
		expect(estimate.proseWords).toBe(7);
		expect(estimate.codeLines).toBe(2);
		expect(estimate.minutes).toBe(1);
	});

	it('flags only wide disagreements', () => {
		expect(differsWidely(15, 11)).toBe(false);
		expect(differsWidely(15, 5)).toBe(true);
		expect(differsWidely(5, 12)).toBe(true);
		expect(differsWidely(2, 4)).toBe(false); // double, but only two minutes apart
	});
});

describe('review age', () => {
	const now = new Date('2026-11-24T12:00:00Z');
	it('is stale once older than the configured months', () => {
		expect(isReviewStale(new Date('2025-02-15'), 12, now)).toBe(true);
		expect(isReviewStale(new Date('2026-01-01'), 12, now)).toBe(false);
		expect(isReviewStale(new Date('2026-01-01'), 6, now)).toBe(true);
	});

	it('counts whole months and formats dates unambiguously', () => {
		expect(monthsBetween(new Date('2025-02-15'), now)).toBe(21);
		expect(monthsBefore(now, 12).toISOString().slice(0, 10)).toBe('2025-11-24');
		expect(formatReviewDate(new Date('2025-02-15'))).toBe('15 February 2025');
	});
});
