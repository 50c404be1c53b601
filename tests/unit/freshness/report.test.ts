import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatFreshness, freshnessReport, monthsBefore } from '../../../src/lib/freshness/report.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seedDocs = `${root}tests/fixtures/seed-site/src/content/docs/`;

describe('freshness report', () => {
	it('lists, per guide, the last review and the flagged mentions with their lines', () => {
		const report = freshnessReport(seedDocs, '2026-12-01', 6, root);
		const setup = report.guides.find((guide) => guide.slug === 'providers/azure-openai/setup')!;
		expect(setup.file).toBe('tests/fixtures/seed-site/src/content/docs/providers/azure-openai/setup.md');
		expect(setup.lastReviewed).toBe('2025-02-15');
		expect(setup.flagged.map((mention) => `${mention.line} ${mention.standing} ${mention.text}`)).toEqual(['68 deprecated gpt-4o-mini', '78 deprecated gpt-4o-mini']);
		// Everything was checked on 2026-12-01: nothing is stale yet.
		expect(setup.stale).toEqual([]);
		expect(setup.dependsOnCount).toBeGreaterThan(0);
	});

	it('names the catalog entries whose last check is older than the allowed age, which is configurable', () => {
		const later = freshnessReport(seedDocs, '2027-07-01', 6, root);
		const setup = later.guides.find((guide) => guide.slug === 'providers/azure-openai/setup')!;
		expect(later.staleBefore).toBe('2027-01-01');
		expect(setup.stale.map((dependency) => dependency.entry)).toContain('model gpt-4o-mini 2024-07-18');
		expect(setup.stale.every((dependency) => dependency.checkedOn === '2026-12-01')).toBe(true);
		const lenient = freshnessReport(seedDocs, '2027-07-01', 12, root);
		expect(lenient.guides.every((guide) => guide.stale.length === 0)).toBe(true);
		expect(formatFreshness(later)).toContain('    model gpt-4o-mini 2024-07-18: last checked 2026-12-01 (https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule');
	});

	it('subtracts calendar months', () => {
		expect(monthsBefore('2026-12-01', 6)).toBe('2026-06-01');
		expect(monthsBefore('2027-01-15', 2)).toBe('2026-11-15');
	});

	it('npm run freshness prints the report for a docs folder, judged on REVIEW_NOW', () => {
		const result = spawnSync(process.execPath, ['scripts/freshness.ts', '--docs', seedDocs, '--max-age-months', '3'], { cwd: root, encoding: 'utf8', env: { ...process.env, REVIEW_NOW: '2026-12-01' } });
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Guide freshness on 2026-12-01 (catalog entries count as stale when last checked before 2026-09-01, 3 months):');
		expect(result.stdout).toContain('    line 68: [deprecated] "gpt-4o-mini": gpt-4o-mini no longer accepts new deployments since 2025-07-18 and retires on 2027-04-14; use gpt-5-mini.');
	});
});
