/**
 * `npm run freshness`: per guide, its last review, the mentions the rot check flags, and the
 * catalog entries it depends on whose last check is older than the allowed age.
 *
 *   npm run freshness                         # src/content/docs, judged today, 6 months
 *   npm run freshness -- --max-age-months 3   # or CATALOG_MAX_AGE_MONTHS=3
 *   npm run freshness -- --docs tests/fixtures/seed-site/src/content/docs
 * REVIEW_NOW=YYYY-MM-DD judges another day.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { siteSettings } from '../src/lib/site-settings.ts';
import { judgeDate } from '../src/lib/mentions/judge-date.ts';
import { formatFreshness, freshnessReport } from '../src/lib/freshness/report.ts';

function option(name: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index === -1 ? undefined : process.argv[index + 1];
}

const docsDir = resolve(option('--docs') ?? 'src/content/docs') + '/';
if (!existsSync(docsDir)) {
	console.error(`freshness: there is no docs folder at ${docsDir}. Pass --docs <folder> or run from the project root.`);
	process.exit(1);
}
const ageText = option('--max-age-months');
const maxAge = ageText === undefined ? siteSettings.catalogMaxAgeMonths : Number(ageText);
if (!Number.isFinite(maxAge) || maxAge <= 0) {
	console.error(`freshness: --max-age-months "${ageText}" is not a positive number of months, e.g. --max-age-months 6.`);
	process.exit(1);
}
console.log(formatFreshness(freshnessReport(docsDir, judgeDate(), maxAge)));
