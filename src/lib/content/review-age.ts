/** Whether a guide's last review is old enough to warn readers that facts may have moved on. */

/** The date `months` calendar months before `now` (UTC). */
export function monthsBefore(now: Date, months: number): Date {
	const date = new Date(now.getTime());
	const whole = Math.floor(months);
	date.setUTCMonth(date.getUTCMonth() - whole);
	date.setUTCDate(date.getUTCDate() - Math.round((months - whole) * 30));
	return date;
}

export function isReviewStale(lastReviewed: Date, maxAgeMonths: number, now = new Date()): boolean {
	return lastReviewed.getTime() < monthsBefore(now, maxAgeMonths).getTime();
}

/** Whole months between two dates, for "reviewed 21 months ago". */
export function monthsBetween(from: Date, to: Date): number {
	let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
	if (to.getUTCDate() < from.getUTCDate()) months--;
	return Math.max(0, months);
}

/** "15 February 2025": unambiguous for readers in every locale. */
// One formatter for the build: creating an Intl.DateTimeFormat costs about a millisecond, once per page.
const REVIEW_DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatReviewDate(date: Date): string {
	return REVIEW_DATE_FORMAT.format(date);
}
