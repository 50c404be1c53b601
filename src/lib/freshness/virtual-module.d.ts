/** The freshness report the catalog-check integration computes once per build (see catalog-check.ts). */
declare module 'virtual:llm-guides/freshness' {
	export const report: import('./report.ts').FreshnessReport;
}
