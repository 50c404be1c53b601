/**
 * The rot check: reads every guide once (prose, code blocks, runnable samples, frontmatter),
 * judges each model and api-version mention with the catalog at the build date, and returns the
 * findings: errors (retired) fail the build, warnings (deprecated, unknown) are printed.
 *
 * Run once per build (from the catalog-check integration, `npm run freshness` and the /freshness/
 * page), never per page: Astro renders Markdown during content sync.
 */
import { readFileSync, statSync } from 'node:fs';
import { judgeApiVersion, judgeModel, type IsoDate, type Source } from '../catalog/index.ts';
import { AuthorError, displayPath } from '../markdown/author-error.ts';
import { parsePage, withoutFrontmatter } from '../markdown/compile-page.ts';
import { docIndex } from '../links/doc-index-cache.ts';
import { collectFrontmatterMentions, collectTreeMentions, type Mention } from './collect-mentions.ts';
import { judgeMention, type Verdict } from './judge-mentions.ts';
import { splitModelVersion } from './patterns.ts';

export interface Finding {
	file: string;
	mention: Mention;
	verdict: Verdict;
	/** The text printed for it: `file:line: …`. */
	message: string;
}

export interface GuideMentions {
	file: string;
	slug: string;
	frontmatter: Record<string, unknown>;
	mentions: Mention[];
	findings: Finding[];
	/** Every catalog entry the guide's mentions depend on (known mentions only). */
	dependsOn: CatalogDependency[];
}

/** A catalog entry a guide depends on, with the oldest check among its sources. */
export interface CatalogDependency {
	/** `model gpt-4o-mini 2024-07-18`, `api-version YYYY-MM-DD`. */
	entry: string;
	checkedOn: IsoDate;
	sources: readonly Source[];
}

/** All mentions of one guide source (file lines). */
export function mentionsOf(source: string): Mention[] {
	const tree = parsePage(withoutFrontmatter(source));
	return [...collectFrontmatterMentions(source), ...collectTreeMentions(tree)];
}

function messageFor(file: string, mention: Mention, verdict: Verdict): string {
	if (verdict.severity === 'error') return new AuthorError({ file, line: mention.line, problem: verdict.problem, fix: verdict.fix }).message;
	return `${displayPath(file)}${mention.line ? `:${mention.line}` : ''}: ${verdict.sentence}`;
}

/** Judges one guide's mentions at `date`. */
export function checkGuideSource(file: string, source: string, date: IsoDate): Omit<GuideMentions, 'slug' | 'frontmatter'> {
	const mentions = mentionsOf(source);
	const findings: Finding[] = [];
	const dependsOn = new Map<string, CatalogDependency>();
	for (const mention of mentions) {
		const verdict = judgeMention(mention, date);
		if (verdict) findings.push({ file, mention, verdict, message: messageFor(file, mention, verdict) });
		// Available mentions depend on their entries too: a stale check can hide a retirement.
		const dependency = dependencyOf(mention, date);
		if (dependency) dependsOn.set(dependency.entry, dependency);
	}
	return { file, mentions, findings, dependsOn: [...dependsOn.values()] };
}

function dependencyOf(mention: Mention, date: IsoDate): CatalogDependency | undefined {
	const oldest = (sources: readonly Source[]) => sources.map((source) => source.checkedOn).sort()[0] ?? '0000-00-00';
	if (mention.kind === 'api-version') {
		const judgement = judgeApiVersion(mention.text, date);
		return judgement && { entry: `api-version ${judgement.entry.value}`, checkedOn: oldest(judgement.entry.sources), sources: judgement.entry.sources };
	}
	const { name, version } = splitModelVersion(mention.text);
	const judgement = judgeModel(name, date, version) ?? judgeModel(mention.text, date);
	return judgement && { entry: `model ${judgement.model} ${judgement.version}`, checkedOn: oldest(judgement.sources), sources: judgement.sources };
}

/** Each guide's judgement by file, with the file's stamp and the date it was judged at. */
const judged = new Map<string, { stamp: string; date: IsoDate; result: Omit<GuideMentions, 'slug' | 'frontmatter'> }>();

/**
 * Every guide in the docs folder, checked at `date`. A build asks more than once (the check at
 * build start, the /freshness/ page's data in each Vite environment): a guide is parsed and
 * judged again only when its file or the date changed, and the folder comes from the build's
 * cached index (doc-index-cache.ts), so repeated calls cost a stat per guide.
 */
export function checkAllGuides(docsDir: string, date: IsoDate): GuideMentions[] {
	const index = docIndex(docsDir);
	return index.slugs().flatMap((slug) => {
		const page = index.get(slug);
		if (!page) return [];
		const stats = statSync(page.file);
		const stamp = `${stats.mtimeMs}:${stats.size}`;
		let entry = judged.get(page.file);
		if (!entry || entry.stamp !== stamp || entry.date !== date) {
			entry = { stamp, date, result: checkGuideSource(page.file, readFileSync(page.file, 'utf8'), date) };
			judged.set(page.file, entry);
		}
		return [{ slug: page.slug, frontmatter: page.frontmatter, ...entry.result }];
	});
}

/** The build's error text for the retired mentions, or undefined when there are none. */
export function formatRetired(guides: readonly GuideMentions[]): string | undefined {
	const errors = guides.flatMap((guide) => guide.findings.filter((finding) => finding.verdict.severity === 'error'));
	if (errors.length === 0) return undefined;
	const count = `${errors.length} mention${errors.length === 1 ? '' : 's'}`;
	return `The guides have ${count} of retired models or api-versions to fix before the site can build:\n\n${errors.map((error) => error.message).join('\n\n')}`;
}
