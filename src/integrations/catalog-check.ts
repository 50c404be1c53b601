/**
 * The rot check at build time: every guide's model and api-version mentions judged with the
 * catalog (src/lib/mentions/check-mentions.ts), once per build. A retired mention fails
 * `astro build` with file:line, the name, its retirement date and the replacement; deprecated and
 * unknown mentions are printed as warnings (the page itself shows a notice for deprecated ones).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkAllGuides, formatRetired } from '../lib/mentions/check-mentions.ts';
import { judgeDate } from '../lib/mentions/judge-date.ts';
import { freshnessReport } from '../lib/freshness/report.ts';
import { siteSettings } from '../lib/site-settings.ts';

/** The /freshness/ page imports its data from here: computed once per build, in Node, not per page. */
const FRESHNESS_MODULE = 'virtual:llm-guides/freshness';

function freshnessModule(docsDir: string, root: string) {
	const resolved = '\0' + FRESHNESS_MODULE;
	return {
		name: 'llm-guides:freshness-data',
		resolveId: (id: string) => (id === FRESHNESS_MODULE ? resolved : undefined),
		load: (id: string) => (id === resolved ? `export const report = ${JSON.stringify(freshnessReport(docsDir, judgeDate(), siteSettings.catalogMaxAgeMonths, root))};` : undefined),
	};
}

function report(docsDir: string, logger: AstroIntegrationLogger): string | undefined {
	const date = judgeDate();
	const guides = checkAllGuides(docsDir, date);
	const warnings = guides.flatMap((guide) => guide.findings.filter((finding) => finding.verdict.severity === 'warning'));
	for (const warning of warnings) logger.warn(warning.message);
	if (warnings.length > 0) logger.info(`Judged model and api-version mentions at ${date}: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (see npm run freshness).`);
	return formatRetired(guides);
}

export function catalogCheck(options: { docsDir: string }): AstroIntegration {
	return {
		name: 'llm-guides:catalog-check',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				updateConfig({ vite: { plugins: [freshnessModule(options.docsDir, fileURLToPath(config.root))] } });
			},
			'astro:build:start': ({ logger }) => {
				const failure = report(options.docsDir, logger);
				if (failure) throw new Error(failure);
			},
			'astro:server:setup': ({ logger }) => {
				const failure = report(options.docsDir, logger);
				if (failure) logger.error(failure);
			},
		},
	};
}
