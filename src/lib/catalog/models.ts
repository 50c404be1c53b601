/**
 * The models the site knows: every model the guides name, past or present, the families retired
 * since 2024, and the ones the mock runs. Lifecycle terms follow Microsoft's lifecycle policy:
 * deprecated = no new deployments (existing ones keep working), retired = every call fails.
 *
 * Dates are copied from the sources named per version. Where sources disagree, the newest page
 * wins and the older one stays in `sources` with what it said.
 */
import { SOURCES } from './sources.ts';
import type { IsoDate, Operation, Source } from './types.ts';

/**
 * `legacy`: Microsoft lists newer models and advises migrating, new deployments still allowed.
 * `unlisted`: in neither the current schedule (which lists every model still offered) nor the
 * retired list, so no date is published; judged like deprecated (a new reader cannot deploy it).
 */
export type LifecycleStage = 'preview' | 'ga' | 'legacy' | 'deprecated' | 'retired' | 'unlisted';

export interface ModelVersionEntry {
	version: string;
	/** The stage the newest source gave when it was checked. */
	stage: LifecycleStage;
	/** Day new deployments stopped, when a source gives or implies one. */
	deprecatedOn?: IsoDate;
	/** Day every call fails (scheduled or past). */
	retiresOn?: IsoDate;
	/** Suggested replacement for this version, when the source names one. */
	replacement?: string;
	sources: readonly Source[];
}

export interface ParameterRules {
	/** Parameters the model refuses outright, with the one to send instead. */
	unsupported: readonly { param: string; use?: string }[];
	/** Sampling parameters accepted only at their default value. */
	defaultOnly: readonly { param: string; value: number }[];
	/** Values `reasoning_effort` takes, for models that reason (where a source lists them). */
	reasoningEffort?: readonly string[];
	/** Where the rules were read (the refusals' wording: see mock/README.md). */
	sources: readonly Source[];
}

export type ModelKind = 'reasoning' | 'chat' | 'embeddings' | 'completions' | 'image' | 'audio' | 'video';

export interface ModelEntry {
	name: string;
	/** Other spellings that mean this model (OpenAI's `gpt-3.5-turbo` for Azure's `gpt-35-turbo`). */
	aliases?: readonly string[];
	kind: ModelKind;
	operations: readonly Operation[];
	rules: ParameterRules;
	/** The catalog's replacement when a source names none for the version at hand. */
	replacement?: string;
	/** Why the replacement was chosen, when no source names it. */
	replacementNote?: string;
	versions: readonly ModelVersionEntry[];
}

const NO_RULES: ParameterRules = { unsupported: [], defaultOnly: [], sources: [] };
/** Reasoning models: Microsoft's reasoning how-to, and the 400s the service sends (see mock/README.md). */
function reasoningRules(reasoningEffort?: readonly string[]): ParameterRules {
	return {
		unsupported: [{ param: 'max_tokens', use: 'max_completion_tokens' }],
		defaultOnly: [
			{ param: 'temperature', value: 1 },
			{ param: 'top_p', value: 1 },
		],
		reasoningEffort,
		sources: [SOURCES.reasoningModels, SOURCES.maxTokensError, SOURCES.temperatureError],
	};
}

const schedule = [SOURCES.retirementSchedule];
const retired = [SOURCES.retiredModels];
const CHAT: readonly Operation[] = ['chat/completions', 'responses'];

function v(version: string, stage: LifecycleStage, retiresOn?: IsoDate, extra: Partial<ModelVersionEntry> = {}): ModelVersionEntry {
	return { version, stage, retiresOn, sources: extra.sources ?? (stage === 'retired' ? retired : schedule), ...extra };
}

function reasoning(name: string, versions: ModelVersionEntry[], effort?: readonly string[]): ModelEntry {
	return { name, kind: 'reasoning', operations: CHAT, rules: reasoningRules(effort), versions };
}

function chat(name: string, versions: ModelVersionEntry[], extra: Partial<ModelEntry> = {}): ModelEntry {
	return { name, kind: 'chat', operations: CHAT, rules: NO_RULES, versions, ...extra };
}

/**
 * A model of the 2023 completions/embeddings generation, all retired on 2024-06-14 (deprecated
 * 2023-07-06). The retired-models page lists no versions for these, hence version `all`.
 */
function firstGeneration(name: string, kind: ModelKind, replacement?: string): ModelEntry {
	return {
		name,
		kind,
		operations: kind === 'embeddings' ? ['embeddings'] : [],
		rules: NO_RULES,
		replacement,
		versions: [v('all', 'retired', '2024-06-14', { deprecatedOn: '2023-07-06', replacement })],
	};
}

const GPT5_EFFORT = ['minimal', 'low', 'medium', 'high'] as const;

export const MODEL_ENTRIES: readonly ModelEntry[] = [
	// GPT-5 family (reasoning models).
	reasoning('gpt-5', [v('2025-08-07', 'ga', '2027-02-09')], GPT5_EFFORT),
	reasoning('gpt-5-mini', [v('2025-08-07', 'ga', '2027-02-09')], GPT5_EFFORT),
	reasoning('gpt-5-nano', [v('2025-08-07', 'ga', '2027-02-09')], GPT5_EFFORT),
	reasoning('gpt-5-pro', [v('2025-10-06', 'ga', '2027-04-07')]),
	reasoning('gpt-5-codex', [v('2025-09-15', 'ga', '2027-03-17')]),
	{ ...chat('gpt-5-chat', [v('2025-08-07', 'retired', '2026-06-29', { sources: schedule, replacement: 'gpt-chat-latest' }), v('2025-10-03', 'retired', '2026-05-13', { sources: schedule, replacement: 'gpt-chat-latest' })]), replacement: 'gpt-chat-latest' },
	reasoning('gpt-5.1', [v('2025-11-13', 'ga', '2027-05-15')], ['none', 'low', 'medium', 'high']),
	reasoning('gpt-5.2', [v('2025-12-11', 'ga', '2027-06-08')]),
	reasoning('gpt-5.4', [v('2026-03-05', 'ga', '2027-09-02')]),
	reasoning('gpt-5.4-mini', [v('2026-03-17', 'ga', '2027-09-21')]),
	reasoning('gpt-5.4-nano', [v('2026-03-17', 'ga', '2027-09-21')]),
	reasoning('gpt-5.5', [v('2026-04-24', 'ga', '2027-10-26')]),
	reasoning('gpt-5.6-luna', [v('2026-07-09', 'ga', '2028-01-11')]),
	reasoning('gpt-5.6-sol', [v('2026-07-09', 'ga', '2028-01-11')]),
	reasoning('gpt-5.6-terra', [v('2026-07-09', 'ga', '2028-01-11')]),
	chat('gpt-chat-latest', [v('2026-08-06', 'preview', '2026-12-02')]),
	// o-series reasoning models.
	reasoning('o1', [v('2024-12-17', 'deprecated', '2026-10-21', { replacement: 'gpt-5.6-sol' })]),
	reasoning('o1-preview', [v('2024-09-12', 'retired', '2025-07-28', { replacement: 'o1' })]),
	reasoning('o3', [v('2025-04-16', 'ga', '2026-10-21', { replacement: 'gpt-5.6-sol' })]),
	reasoning('o3-mini', [v('2025-01-31', 'deprecated', '2026-10-01', { replacement: 'o4-mini' })]),
	reasoning('o3-pro', [v('2025-06-10', 'ga', '2026-12-17')]),
	{ ...reasoning('o4-mini', [v('2025-04-16', 'deprecated', '2026-10-16')]), replacement: 'gpt-5-mini', replacementNote: 'The schedule names no replacement; the catalog suggests its default chat model.' },
	// GPT-4.1 and GPT-4o (non-reasoning chat models).
	chat('gpt-4.1', [v('2025-04-14', 'legacy', '2027-04-14')]),
	chat('gpt-4.1-mini', [v('2025-04-14', 'legacy', '2027-04-14')]),
	chat('gpt-4.1-nano', [v('2025-04-14', 'legacy', '2027-04-14')]),
	chat('gpt-4o', [
		v('2024-11-20', 'legacy', '2027-04-14', { replacement: 'gpt-5.1' }),
		v('2024-08-06', 'deprecated', '2027-04-14', { replacement: 'gpt-5.1' }),
		v('2024-05-13', 'deprecated', '2026-10-01', { replacement: 'gpt-5.1' }),
	], { replacement: 'gpt-5.1' }),
	chat('gpt-4o-mini', [
		v('2024-07-18', 'deprecated', '2027-04-14', {
			// Lifecycle policy: new customers lose access 12 months after a GA release.
			deprecatedOn: '2025-07-18',
			sources: [
				{ ...SOURCES.retirementSchedule, says: 'Deprecated, retirement 2027-04-14, no replacement named.' },
				{ ...SOURCES.retirementScheduleJuly, says: 'Deprecated, retirement 2026-10-01, replacement gpt-4.1-mini (superseded by the 2026-09-02 page).' },
				{ ...SOURCES.lifecyclePolicy, says: 'GA versions stay open to new customers for 12 months after release (2024-07-18 + 12 months).' },
			],
		}),
	], { replacement: 'gpt-5-mini', replacementNote: 'The 2026-09-02 schedule names no replacement (its July revision named gpt-4.1-mini, now Legacy); the catalog suggests its default chat model.' }),
	chat('gpt-4.5-preview', [v('2025-02-27', 'retired', '2025-07-14', { replacement: 'gpt-4.1' })], { replacement: 'gpt-4.1' }),
	// GPT-4 and GPT-3.5 Turbo generations.
	chat('gpt-4', [
		v('0314', 'retired', '2025-06-06', { replacement: 'gpt-4o' }),
		v('0613', 'retired', '2025-06-06', { replacement: 'gpt-4o' }),
		v('turbo-2024-04-09', 'unlisted', undefined, { sources: schedule }),
	], { replacement: 'gpt-4.1' }),
	chat('gpt-4-32k', [v('0314', 'retired', '2025-06-06', { replacement: 'gpt-4o' }), v('0613', 'retired', '2025-06-06', { replacement: 'gpt-4o' })], { replacement: 'gpt-4o' }),
	chat('gpt-35-turbo', [
		v('0301', 'retired', '2025-02-13', { replacement: 'gpt-4o-mini' }),
		v('0613', 'retired', '2025-02-13', { replacement: 'gpt-4o-mini' }),
		v('1106', 'unlisted', undefined, { sources: schedule }),
		v('0125', 'unlisted', undefined, { sources: schedule }),
	], { aliases: ['gpt-3.5-turbo'], replacement: 'gpt-4.1-mini' }),
	chat('gpt-35-turbo-16k', [v('0613', 'retired', '2025-04-30', { replacement: 'gpt-4.1-mini' })], { aliases: ['gpt-3.5-turbo-16k'], replacement: 'gpt-4.1-mini' }),
	{ ...chat('gpt-35-turbo-instruct', [v('0914', 'unlisted', undefined, { sources: schedule })]), aliases: ['gpt-3.5-turbo-instruct'], kind: 'completions', operations: [], replacement: 'gpt-4.1-mini' },
	// Completions and embeddings models of 2022–2023.
	{ ...chat('babbage-002', [v('all', 'retired', '2025-01-27')]), kind: 'completions', operations: [] },
	{ ...chat('davinci-002', [v('all', 'retired', '2025-01-27')]), kind: 'completions', operations: [] },
	...['ada', 'babbage', 'curie', 'davinci'].map((name) => firstGeneration(name, 'completions')),
	...['text-ada-001', 'text-babbage-001', 'text-curie-001', 'text-davinci-002', 'text-davinci-003', 'code-cushman-001', 'code-davinci-002'].map((name) => firstGeneration(name, 'completions', 'gpt-35-turbo-instruct')),
	...[
		'text-similarity-ada-001', 'text-similarity-babbage-001', 'text-similarity-curie-001', 'text-similarity-davinci-001',
		'text-search-ada-doc-001', 'text-search-ada-query-001', 'text-search-babbage-doc-001', 'text-search-babbage-query-001',
		'text-search-curie-doc-001', 'text-search-curie-query-001', 'text-search-davinci-doc-001', 'text-search-davinci-query-001',
		'code-search-ada-code-001', 'code-search-ada-text-001', 'code-search-babbage-code-001', 'code-search-babbage-text-001',
	].map((name) => firstGeneration(name, 'embeddings', 'text-embedding-3-small')),
	{ name: 'dall-e-2', kind: 'image', operations: [], rules: NO_RULES, replacement: 'gpt-image-1', versions: [v('all', 'retired', '2025-01-27', { replacement: 'gpt-image-1' })] },
	// Other Azure OpenAI models in the retirement schedule (2026-09-02): named so a mention is judged.
	...([
		['codex-mini', 'reasoning', [v('2025-05-16', 'deprecated', '2026-11-15')]],
		['gpt-5.1-codex', 'reasoning', [v('2025-11-13', 'ga', '2027-05-15')]],
		['gpt-5.1-codex-max', 'reasoning', [v('2025-12-04', 'ga', '2027-05-18')]],
		['gpt-5.1-codex-mini', 'reasoning', [v('2025-11-13', 'ga', '2027-05-15')]],
		['gpt-5.2-codex', 'reasoning', [v('2026-01-14', 'ga', '2027-07-13')]],
		['gpt-5.3-codex', 'reasoning', [v('2026-02-24', 'ga', '2027-08-24')]],
		['gpt-5.4-pro', 'reasoning', [v('2026-03-05', 'ga', '2027-09-07')]],
		['o1-pro', 'reasoning', [v('2025-03-19', 'ga', '2026-10-21', { replacement: 'gpt-5.6-sol' })]],
		['o3-deep-research', 'reasoning', [v('2025-06-26', 'ga', '2026-12-26')]],
		['gpt-5.1-chat', 'chat', [v('2025-11-13', 'retired', '2026-06-29', { sources: schedule, replacement: 'gpt-chat-latest' })]],
		['gpt-5.2-chat', 'chat', [v('2026-02-10', 'retired', '2026-06-29', { sources: schedule, replacement: 'gpt-chat-latest' }), v('2025-12-11', 'retired', '2026-05-13', { sources: schedule, replacement: 'gpt-chat-latest' })]],
		['gpt-5.3-chat', 'chat', [v('2026-03-03', 'retired', '2026-06-29', { sources: schedule, replacement: 'gpt-chat-latest' })]],
		['gpt-4o-mini-transcribe', 'audio', [v('2025-12-15', 'ga', '2027-06-15'), v('2025-03-20', 'ga', '2026-10-15')]],
		['gpt-4o-mini-tts', 'audio', [v('2025-12-15', 'ga', '2027-06-15'), v('2025-03-20', 'preview', '2026-10-15')]],
		['gpt-4o-transcribe', 'audio', [v('2025-03-20', 'ga', '2026-10-15')]],
		['gpt-4o-transcribe-diarize', 'audio', [v('2025-10-15', 'ga', '2027-04-15')]],
		['gpt-audio', 'audio', [v('2025-08-28', 'ga', '2027-03-02')]],
		['gpt-audio-1.5', 'audio', [v('2026-02-23', 'ga', '2027-08-24')]],
		['gpt-audio-mini', 'audio', [v('2025-12-15', 'ga', '2027-06-15'), v('2025-10-06', 'ga', '2027-04-06')]],
		['gpt-realtime', 'audio', [v('2025-08-28', 'ga', '2027-03-02')]],
		['gpt-realtime-1.5', 'audio', [v('2026-02-23', 'ga', '2027-08-24')]],
		['gpt-realtime-2', 'audio', [v('2026-05-06', 'preview', '2026-08-31')]],
		['gpt-realtime-2.1', 'audio', [v('2026-07-07', 'preview', '2027-06-25')]],
		['gpt-realtime-2.1-mini', 'audio', [v('2026-07-07', 'preview', '2027-06-25')]],
		['gpt-realtime-mini', 'audio', [v('2025-12-15', 'ga', '2027-06-15'), v('2025-10-06', 'ga', '2027-04-06')]],
		['tts', 'audio', [v('001', 'preview', '2026-12-15')]],
		['tts-hd', 'audio', [v('001', 'ga', '2026-12-15')]],
		['whisper', 'audio', [v('001', 'ga', '2026-12-15')]],
		['gpt-image-1', 'image', [v('2025-04-15', 'preview', '2026-10-23')]],
		['gpt-image-1-mini', 'image', [v('2025-10-06', 'ga', '2027-04-07')]],
		['gpt-image-1.5', 'image', [v('2025-12-16', 'ga', '2027-06-16')]],
		['gpt-image-2', 'image', [v('2026-04-21', 'ga', '2027-10-21')]],
		['sora-2', 'video', [v('2025-12-08', 'preview', '2026-10-15'), v('2025-10-06', 'preview', '2026-07-15')]],
	] as const).map(([name, kind, versions]): ModelEntry =>
		kind === 'reasoning' ? reasoning(name, [...versions]) : { name, kind, operations: kind === 'chat' ? CHAT : [], rules: NO_RULES, versions },
	),
	// Current embeddings models.
	...['text-embedding-3-small', 'text-embedding-3-large'].map((name): ModelEntry => ({ name, kind: 'embeddings', operations: ['embeddings'], rules: NO_RULES, versions: [v('1', 'ga', '2028-02-09')] })),
	{ name: 'text-embedding-ada-002', kind: 'embeddings', operations: ['embeddings'], rules: NO_RULES, versions: [v('2', 'ga', '2028-02-09'), v('1', 'ga', '2028-02-09')] },
];

const BY_NAME = new Map<string, ModelEntry>();
for (const entry of MODEL_ENTRIES) {
	BY_NAME.set(entry.name, entry);
	for (const alias of entry.aliases ?? []) BY_NAME.set(alias, entry);
}

/** Looks a model up by name or alias, case-insensitively. */
export function findModel(name: string): ModelEntry | undefined {
	return BY_NAME.get(name.toLowerCase());
}

/** Every name and alias, longest first (so `gpt-4o-mini` is matched before `gpt-4o`). */
export const MODEL_NAMES: readonly string[] = [...BY_NAME.keys()].sort((a, b) => b.length - a.length);

/** The chat model new readers should deploy, and the one the mock's default deployment runs. */
export const DEFAULT_CHAT_MODEL = { name: 'gpt-5-mini', version: '2025-08-07' } as const;
/** A current non-reasoning chat model (accepts max_tokens and temperature), for contrast. */
export const CONTRAST_CHAT_MODEL = { name: 'gpt-4.1-mini', version: '2025-04-14' } as const;
export const DEFAULT_EMBEDDING_MODEL = { name: 'text-embedding-3-small', version: '1' } as const;

/** The parameter rules a model applies (none for an unknown model). */
export function parameterRulesFor(name: string): ParameterRules {
	return findModel(name)?.rules ?? NO_RULES;
}
