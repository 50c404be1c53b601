/**
 * Turns a mention into what the author (and reader) must hear about it on a given day:
 * retired → an error that fails the build; deprecated → a warning and a notice on the page;
 * unknown model- or api-version-looking text → a warning naming it. Available mentions say nothing.
 */
import { GA_API_VERSION, judgeApiVersion, judgeModel, SOURCES, type IsoDate, type Source } from '../catalog/index.ts';
import type { Mention } from './collect-mentions.ts';
import { splitModelVersion } from './patterns.ts';

export type Verdict =
	| { severity: 'error'; standing: 'retired'; problem: string; fix: string; sources: readonly Source[] }
	| { severity: 'warning'; standing: 'deprecated'; sentence: string; notice: string; sources: readonly Source[] }
	| { severity: 'warning'; standing: 'unknown'; sentence: string; sources: readonly Source[] };

const HISTORICAL_FIX = 'if the mention is intentionally historical (a migration table, a changelog), write :historical[…] around it, put the block inside :::historical … :::, or add the historical flag to the code fence';

/** The verdict on one mention at `date`, or null when it needs no word (known and available). */
export function judgeMention(mention: Pick<Mention, 'kind' | 'text'>, date: IsoDate): Verdict | null {
	return mention.kind === 'model' ? judgeModelMention(mention.text, date) : judgeApiVersionMention(mention.text, date);
}

function judgeModelMention(text: string, date: IsoDate): Verdict | null {
	const { name, version } = splitModelVersion(text);
	const judgement = judgeModel(name, date, version) ?? judgeModel(text, date);
	if (!judgement) {
		return {
			severity: 'warning',
			standing: 'unknown',
			sentence: `"${text}" looks like a model name, but the catalog (src/lib/catalog/models.ts) does not know it: add it with its source and lifecycle, correct the spelling, or mark it :historical[${text}].`,
			sources: [],
		};
	}
	const label = version ? `${judgement.model} version ${judgement.version}` : judgement.model;
	const use = judgement.replacement ? `use ${judgement.replacement}` : 'use a current model from the catalog';
	if (judgement.standing === 'retired') {
		return {
			severity: 'error',
			standing: 'retired',
			problem: `"${text}" names ${label}, which Azure OpenAI retired on ${judgement.retiresOn ?? 'a date the catalog does not record'}: every call to it now fails.`,
			fix: `${use} (the catalog's replacement); ${HISTORICAL_FIX}.`,
			sources: judgement.sources,
		};
	}
	if (judgement.standing === 'deprecated') {
		const since = judgement.deprecatedOn
			? `since ${judgement.deprecatedOn}`
			: `(it is not listed in Microsoft's model retirement schedule, checked ${judgement.sources[0]?.checkedOn ?? 'recently'})`;
		const retires = judgement.retiresOn ? ` and retires on ${judgement.retiresOn}` : '';
		const notice = `${label} no longer accepts new deployments ${since}${retires}; ${use}.`;
		return { severity: 'warning', standing: 'deprecated', sentence: `"${text}": ${notice}`, notice, sources: judgement.sources };
	}
	return null;
}

function judgeApiVersionMention(text: string, date: IsoDate): Verdict | null {
	const judgement = judgeApiVersion(text, date);
	if (!judgement) {
		return {
			severity: 'warning',
			standing: 'unknown',
			sentence: `"${text}" looks like an api-version, but the catalog (src/lib/catalog/api-versions.ts) does not list it: add it with its source, correct it, or mark it :historical[${text}].`,
			sources: [],
		};
	}
	if (judgement.standing === 'retired') {
		return {
			severity: 'error',
			standing: 'retired',
			problem: `api-version ${text} was retired on ${judgement.entry.retiresOn}: Azure OpenAI refuses every request that sends it.`,
			fix: `use ${GA_API_VERSION} (the latest dated GA version) or the v1 API; ${HISTORICAL_FIX}.`,
			sources: judgement.entry.sources.length > 0 ? judgement.entry.sources : [SOURCES.previewLifecycle],
		};
	}
	return null;
}
