// api-version values the mock accepts, taken from the version folders of the Azure OpenAI
// inference specs (see /work/shared/specs/FACTS.md). The dated routes take dated versions only;
// the v1 routes take `v1` (the default) or `preview`, as the v1 API does.

export const GA_API_VERSIONS: readonly string[] = ['2024-10-21', '2024-06-01', '2024-02-01', '2023-05-15', '2022-12-01'];

export const PREVIEW_API_VERSIONS: readonly string[] = [
	'2025-04-01-preview',
	'2025-03-01-preview',
	'2025-02-01-preview',
	'2025-01-01-preview',
	'2024-12-01-preview',
	'2024-10-01-preview',
	'2024-09-01-preview',
	'2024-08-01-preview',
	'2024-07-01-preview',
	'2024-05-01-preview',
	'2024-04-01-preview',
	'2024-03-01-preview',
	'2024-02-15-preview',
	'2023-12-01-preview',
	'2023-10-01-preview',
	'2023-09-01-preview',
	'2023-08-01-preview',
	'2023-07-01-preview',
	'2023-06-01-preview',
	'2023-03-15-preview',
	'2022-06-01-preview',
	'2022-03-01-preview',
];

export const V1_API_VERSIONS: readonly string[] = ['v1', 'preview'];

const DATED = new Set([...GA_API_VERSIONS, ...PREVIEW_API_VERSIONS]);
const V1 = new Set(V1_API_VERSIONS);

export function isDatedApiVersion(value: string): boolean {
	return DATED.has(value);
}

export function isV1ApiVersion(value: string): boolean {
	return V1.has(value);
}
