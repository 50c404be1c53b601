/**
 * How a model or api-version stands on a given day: available, deprecated (no new deployments)
 * or retired (calls fail). The rot check judges every mention in the guides with these at the
 * build date; tests judge at fixed dates.
 */
import { findApiVersion, type ApiVersionEntry } from './api-versions.ts';
import { findModel, type ModelEntry, type ModelVersionEntry } from './models.ts';
import type { IsoDate, Source, Standing } from './types.ts';

export interface ModelJudgement {
	standing: Standing;
	/** The catalog's name for the model (an alias is resolved). */
	model: string;
	/** The version the standing is about (for a mention without a version: the most available one). */
	version: string;
	/** When new deployments stopped, if known. */
	deprecatedOn?: IsoDate;
	/** When calls fail (past for retired, scheduled otherwise). */
	retiresOn?: IsoDate;
	/** What to use instead, followed through replacements that are themselves gone. */
	replacement?: string;
	sources: readonly Source[];
}

const RANK: Record<Standing, number> = { available: 0, deprecated: 1, retired: 2 };

function versionStanding(entry: ModelVersionEntry, date: IsoDate): Standing {
	if (entry.retiresOn) {
		if (date >= entry.retiresOn) return 'retired';
	} else if (entry.stage === 'retired') return 'retired';
	if (entry.deprecatedOn) return date >= entry.deprecatedOn ? 'deprecated' : 'available';
	if (entry.stage === 'deprecated' || entry.stage === 'unlisted') return 'deprecated';
	return 'available';
}

/** The replacement of a model, followed while the replacement is itself deprecated or retired on `date`. */
export function replacementFor(entry: ModelEntry, version: ModelVersionEntry | undefined, date: IsoDate): string | undefined {
	let next = entry.replacement ?? version?.replacement;
	const seen = new Set<string>([entry.name]);
	while (next && !seen.has(next)) {
		seen.add(next);
		const replacement = findModel(next);
		if (!replacement) return next;
		const standing = judgeVersions(replacement, date);
		if (standing.standing === 'available') return replacement.name;
		next = replacement.replacement ?? standing.version.replacement;
	}
	return next;
}

function judgeVersions(entry: ModelEntry, date: IsoDate): { standing: Standing; version: ModelVersionEntry } {
	let best: { standing: Standing; version: ModelVersionEntry } | undefined;
	for (const version of entry.versions) {
		const standing = versionStanding(version, date);
		// The most available version wins; among retired ones, the last to retire speaks for the model.
		if (!best || RANK[standing] < RANK[best.standing] || (standing === best.standing && (version.retiresOn ?? '') > (best.version.retiresOn ?? ''))) {
			best = { standing, version };
		}
	}
	return best!;
}

/**
 * Judges a model on `date`. With `version`, that version (an unknown version is judged as the
 * model); without, the model as a whole: available if any version still is. Undefined when the
 * catalog does not know the name.
 */
export function judgeModel(name: string, date: IsoDate, version?: string): ModelJudgement | undefined {
	const entry = findModel(name);
	if (!entry) return undefined;
	const pinned = version ? entry.versions.find((candidate) => candidate.version === version) : undefined;
	const { standing, version: chosen } = pinned ? { standing: versionStanding(pinned, date), version: pinned } : judgeVersions(entry, date);
	return {
		standing,
		model: entry.name,
		version: chosen.version,
		deprecatedOn: chosen.deprecatedOn,
		retiresOn: chosen.retiresOn,
		replacement: standing === 'available' ? undefined : replacementFor(entry, chosen, date),
		sources: chosen.sources,
	};
}

export interface ApiVersionJudgement {
	standing: Standing;
	entry: ApiVersionEntry;
}

/** Judges an api-version on `date`; undefined when the catalog does not know it. */
export function judgeApiVersion(value: string, date: IsoDate): ApiVersionJudgement | undefined {
	const entry = findApiVersion(value);
	if (!entry) return undefined;
	return { standing: entry.retiresOn && date >= entry.retiresOn ? 'retired' : 'available', entry };
}
