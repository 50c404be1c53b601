/**
 * The freshness report: per guide, its last review, the mentions the rot check flags (retired,
 * deprecated, unknown), and the catalog entries it depends on whose source was last checked longer
 * ago than the allowed age. `npm run freshness` prints it; the /freshness/ page shows it.
 */
import type { IsoDate } from '../catalog/index.ts';
import { checkAllGuides, type CatalogDependency } from '../mentions/check-mentions.ts';

export interface FlaggedMention {
	line?: number;
	text: string;
	standing: 'retired' | 'deprecated' | 'unknown';
	/** What the build says about it, without the file prefix. */
	says: string;
}

export interface GuideFreshness {
	slug: string;
	title: string;
	/** Project-relative path of the guide. */
	file: string;
	lastReviewed?: string;
	flagged: FlaggedMention[];
	/** Catalog entries the guide depends on that were last checked before `staleBefore`. */
	stale: CatalogDependency[];
	/** How many catalog entries its mentions depend on. */
	dependsOnCount: number;
}

export interface FreshnessReport {
	date: IsoDate;
	maxAgeMonths: number;
	/** Sources checked before this day count as stale. */
	staleBefore: IsoDate;
	guides: GuideFreshness[];
}

/** `date` minus a (possibly fractional) number of months, as YYYY-MM-DD. */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
	const day = new Date(`${date}T00:00:00Z`);
	const whole = Math.floor(months);
	day.setUTCMonth(day.getUTCMonth() - whole);
	day.setUTCDate(day.getUTCDate() - Math.round((months - whole) * 30));
	return day.toISOString().slice(0, 10);
}

function reviewDay(value: unknown): string | undefined {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return typeof value === 'string' ? value : undefined;
}

export function freshnessReport(docsDir: string, date: IsoDate, maxAgeMonths: number, relativeTo = process.cwd()): FreshnessReport {
	const staleBefore = monthsBefore(date, maxAgeMonths);
	const guides = checkAllGuides(docsDir, date).map((guide): GuideFreshness => ({
		slug: guide.slug,
		title: typeof guide.frontmatter.title === 'string' ? guide.frontmatter.title : guide.slug,
		file: guide.file.startsWith(relativeTo) ? guide.file.slice(relativeTo.length).replace(/^\/+/, '') : guide.file,
		lastReviewed: reviewDay(guide.frontmatter.last_reviewed),
		flagged: guide.findings.map((finding) => ({
			line: finding.mention.line,
			text: finding.mention.text,
			standing: finding.verdict.standing,
			says: finding.verdict.severity === 'error' ? finding.verdict.problem : finding.verdict.sentence,
		})),
		stale: guide.dependsOn.filter((dependency) => dependency.checkedOn < staleBefore),
		dependsOnCount: guide.dependsOn.length,
	}));
	return { date, maxAgeMonths, staleBefore, guides: guides.sort((a, b) => a.slug.localeCompare(b.slug)) };
}

/** The report as text, for the terminal. */
export function formatFreshness(report: FreshnessReport): string {
	const lines = [`Guide freshness on ${report.date} (catalog entries count as stale when last checked before ${report.staleBefore}, ${report.maxAgeMonths} months):`, ''];
	for (const guide of report.guides) {
		lines.push(`${guide.file} — ${guide.title}`);
		lines.push(`  last reviewed: ${guide.lastReviewed ?? 'never (no last_reviewed)'}`);
		if (guide.flagged.length === 0) lines.push('  flagged mentions: none');
		else {
			lines.push(`  flagged mentions (${guide.flagged.length}):`);
			for (const mention of guide.flagged) lines.push(`    ${mention.line !== undefined ? `line ${mention.line}` : 'frontmatter'}: [${mention.standing}] ${mention.says}`);
		}
		if (guide.stale.length === 0) lines.push(`  stale catalog entries: none (of ${guide.dependsOnCount} it depends on)`);
		else {
			lines.push(`  stale catalog entries (${guide.stale.length} of ${guide.dependsOnCount}):`);
			for (const dependency of guide.stale) lines.push(`    ${dependency.entry}: last checked ${dependency.checkedOn} (${dependency.sources.map((source) => source.url).join(', ')})`);
		}
		lines.push('');
	}
	return lines.join('\n');
}
