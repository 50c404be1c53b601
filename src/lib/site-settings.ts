/**
 * Site-wide settings an operator may change without touching code, read from the environment
 * at build time (defaults in parentheses):
 *
 * - REVIEW_MAX_AGE_MONTHS (12): a guide whose last_reviewed is older shows a "may be out of date" notice.
 *   Pages are static, so the age is judged when the site is built: rebuild at least monthly.
 * - REVIEW_NOW (the build's date): the day the age is judged from, as YYYY-MM-DD; for reproducible builds and tests.
 *   Model and api-version lifecycles in the guides (the rot check) are judged on the same day.
 * - CATALOG_MAX_AGE_MONTHS (6): `npm run freshness` and /freshness/ list catalog entries a guide depends
 *   on whose source was last checked longer ago than this.
 * - SOURCE_REPO_URL (none): repository that `【F:path†Lx-Ly】` source markers link into.
 * - SOURCE_REPO_REF (main): branch or commit for those links.
 * - SITE_URL (http://localhost:4321): the canonical origin, used in sitemap and llms.txt.
 */
function positiveNumber(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isFinite(value) || value <= 0) {
		throw new Error(`${name}="${raw}" is not a positive number of months. Unset it to use ${fallback}, or set e.g. ${name}=6.`);
	}
	return value;
}

function isoDay(name: string): Date | undefined {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return undefined;
	const date = new Date(`${raw}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(date.getTime())) {
		throw new Error(`${name}="${raw}" is not a date written as YYYY-MM-DD. Unset it to use the build's date, or set e.g. ${name}=2026-11-24.`);
	}
	return date;
}

export const siteSettings = {
	reviewMaxAgeMonths: positiveNumber('REVIEW_MAX_AGE_MONTHS', 12),
	/** The day review ages are judged from; undefined means the day of the build. */
	reviewNow: isoDay('REVIEW_NOW'),
	catalogMaxAgeMonths: positiveNumber('CATALOG_MAX_AGE_MONTHS', 6),
	sourceRepoUrl: process.env.SOURCE_REPO_URL || undefined,
	sourceRepoRef: process.env.SOURCE_REPO_REF || 'main',
	siteUrl: process.env.SITE_URL || 'http://localhost:4321',
};
