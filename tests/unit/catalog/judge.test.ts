import { describe, expect, it } from 'vitest';
import { judgeApiVersion, judgeModel, findModel, DEFAULT_CHAT_MODEL, MODEL_ENTRIES } from '../../../src/lib/catalog/index.ts';

describe('judgeModel', () => {
	it('retired: gpt-35-turbo 0613 after 2025-02-13, with the replacement that is still available', () => {
		const judgement = judgeModel('gpt-35-turbo', '2026-12-01', '0613');
		expect(judgement).toMatchObject({ standing: 'retired', model: 'gpt-35-turbo', version: '0613', retiresOn: '2025-02-13', replacement: 'gpt-4.1-mini' });
	});

	it('a version is available before its retirement date and retired on it', () => {
		expect(judgeModel('gpt-35-turbo', '2025-02-12', '0613')?.standing).toBe('available');
		expect(judgeModel('o3', '2026-10-20')?.standing).toBe('available');
		expect(judgeModel('o3', '2026-10-21')?.standing).toBe('retired');
	});

	it('deprecated: gpt-4o-mini since 2025-07-18 (no new deployments), retiring 2027-04-14', () => {
		const judgement = judgeModel('gpt-4o-mini', '2026-12-01');
		expect(judgement).toMatchObject({ standing: 'deprecated', version: '2024-07-18', deprecatedOn: '2025-07-18', retiresOn: '2027-04-14', replacement: 'gpt-5-mini' });
		expect(judgeModel('gpt-4o-mini', '2025-07-17')?.standing).toBe('available');
		expect(judgeModel('gpt-4o-mini', '2027-04-14')?.standing).toBe('retired');
	});

	it('keeps the older, disagreeing source for gpt-4o-mini next to the newest one', () => {
		const says = judgeModel('gpt-4o-mini', '2026-12-01')!.sources.map((source) => source.says ?? '');
		expect(says[0]).toContain('2027-04-14');
		expect(says.some((text) => text.includes('2026-10-01'))).toBe(true);
	});

	it('a family is available while any version is: gpt-4o (2024-11-20 is Legacy) but its 2024-05-13 version is retired', () => {
		expect(judgeModel('GPT-4o', '2026-12-01')?.standing).toBe('available');
		expect(judgeModel('gpt-4o', '2026-12-01', '2024-05-13')).toMatchObject({ standing: 'retired', replacement: 'gpt-5.1' });
	});

	it('the first-generation completions models are retired since 2024-06-14', () => {
		for (const name of ['text-davinci-003', 'ada', 'babbage', 'curie', 'davinci', 'text-curie-001']) {
			expect(judgeModel(name, '2026-12-01'), name).toMatchObject({ standing: 'retired', retiresOn: '2024-06-14' });
		}
		expect(judgeModel('gpt-4-32k', '2026-12-01')).toMatchObject({ standing: 'retired', retiresOn: '2025-06-06' });
	});

	it('OpenAI spellings resolve to the Azure model', () => {
		expect(findModel('gpt-3.5-turbo')?.name).toBe('gpt-35-turbo');
	});

	it('unknown: a name the catalog does not hold', () => {
		expect(judgeModel('gpt-9-ultra', '2026-12-01')).toBeUndefined();
	});

	it('the default chat model is a GA reasoning model, not deprecated on 2026-12-01', () => {
		const entry = findModel(DEFAULT_CHAT_MODEL.name)!;
		expect(entry.kind).toBe('reasoning');
		expect(entry.rules.unsupported).toContainEqual({ param: 'max_tokens', use: 'max_completion_tokens' });
		expect(judgeModel(DEFAULT_CHAT_MODEL.name, '2026-12-01', DEFAULT_CHAT_MODEL.version)?.standing).toBe('available');
	});

	it('every version cites a source with a checked date', () => {
		for (const entry of MODEL_ENTRIES) {
			for (const version of entry.versions) {
				expect(version.sources.length, `${entry.name} ${version.version}`).toBeGreaterThan(0);
				for (const source of version.sources) expect(source.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
		}
	});
});

describe('judgeApiVersion', () => {
	it('knows GA, preview and v1 values; retires the 2023 previews on 2024-07-01', () => {
		expect(judgeApiVersion('2024-10-21', '2026-12-01')?.standing).toBe('available');
		expect(judgeApiVersion('preview', '2026-12-01')?.entry.kind).toBe('v1-preview');
		expect(judgeApiVersion('2023-03-15-preview', '2024-06-30')?.standing).toBe('available');
		expect(judgeApiVersion('2023-03-15-preview', '2024-07-01')?.standing).toBe('retired');
		expect(judgeApiVersion('2026-01-01-preview', '2026-12-01')).toBeUndefined();
	});
});
