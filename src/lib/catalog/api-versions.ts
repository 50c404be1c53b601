/**
 * The api-version values the site accepts: the v1 API (`/openai/v1/…`, no dated version) and its
 * `preview` channel, then the dated GA and preview versions of the deployments route. The mock
 * accepts exactly the versions listed here that are not retired; the connection panel offers the
 * ones marked `offered`.
 */
import { SOURCES } from './sources.ts';
import type { IsoDate, Source } from './types.ts';

/** `v1`/`v1-preview`: the v1 API (GA or its preview channel); `ga`/`preview`: dated versions. */
export type ApiVersionKind = 'v1' | 'v1-preview' | 'ga' | 'preview';

export interface ApiVersionEntry {
	value: string;
	kind: ApiVersionKind;
	/** `latest`: what Microsoft lists as latest; `supported`: still answered; `superseded`: replaced by newer, not announced for retirement. */
	status: 'latest' | 'supported' | 'superseded';
	/** The announced day it stops accepting requests, when one was announced. */
	retiresOn?: IsoDate;
	/** Shown in the connection panel's api-version picker. */
	offered: boolean;
	sources: readonly Source[];
}

const v1Sources = [SOURCES.apiVersionLifecycle, SOURCES.apiReference];
const datedGa = [SOURCES.inferenceSpecs, SOURCES.apiReference];
const datedPreview = [SOURCES.inferenceSpecs, SOURCES.previewLifecycle];

function dated(value: string, status: ApiVersionEntry['status'], offered: boolean, retiresOn?: IsoDate): ApiVersionEntry {
	const kind: ApiVersionKind = value.endsWith('-preview') ? 'preview' : 'ga';
	return { value, kind, status, offered, retiresOn, sources: kind === 'ga' ? datedGa : datedPreview };
}

// The preview lifecycle page announced that these previews stop accepting requests on 2024-07-01.
const PREVIEWS_RETIRED_2024_07_01 = '2024-07-01';

/** Every api-version the site knows, newest first within each kind. */
export const API_VERSION_ENTRIES: readonly ApiVersionEntry[] = [
	{ value: 'v1', kind: 'v1', status: 'latest', offered: true, sources: v1Sources },
	{ value: 'preview', kind: 'v1-preview', status: 'latest', offered: true, sources: v1Sources },
	// 2024-10-21 is the last dated GA version of the data plane (reference page, spec folders).
	dated('2024-10-21', 'supported', true),
	dated('2024-06-01', 'superseded', true),
	dated('2024-02-01', 'superseded', true),
	dated('2023-05-15', 'superseded', false),
	dated('2022-12-01', 'superseded', false),
	// 2025-04-01-preview is the last dated preview; the v1 preview channel followed it.
	dated('2025-04-01-preview', 'superseded', true),
	dated('2025-03-01-preview', 'superseded', true),
	dated('2025-02-01-preview', 'superseded', true),
	dated('2025-01-01-preview', 'superseded', true),
	dated('2024-12-01-preview', 'superseded', true),
	dated('2024-10-01-preview', 'superseded', true),
	dated('2024-09-01-preview', 'superseded', false),
	dated('2024-08-01-preview', 'superseded', false),
	dated('2024-07-01-preview', 'superseded', false),
	dated('2024-05-01-preview', 'superseded', false),
	dated('2024-04-01-preview', 'superseded', false),
	dated('2024-03-01-preview', 'superseded', false),
	dated('2024-02-15-preview', 'superseded', false),
	dated('2023-12-01-preview', 'superseded', false, PREVIEWS_RETIRED_2024_07_01),
	dated('2023-10-01-preview', 'superseded', false),
	dated('2023-09-01-preview', 'superseded', false, PREVIEWS_RETIRED_2024_07_01),
	dated('2023-08-01-preview', 'superseded', false, PREVIEWS_RETIRED_2024_07_01),
	dated('2023-07-01-preview', 'superseded', false, PREVIEWS_RETIRED_2024_07_01),
	dated('2023-06-01-preview', 'superseded', false),
	dated('2023-03-15-preview', 'superseded', false, PREVIEWS_RETIRED_2024_07_01),
	dated('2022-06-01-preview', 'superseded', false),
	dated('2022-03-01-preview', 'superseded', false),
];

/** The v1 API's two api-version values. */
export const V1_API_VERSION = 'v1';
export const V1_PREVIEW_API_VERSION = 'preview';

/** The recommended dated GA version: the newest GA entry. */
export const GA_API_VERSION: string = API_VERSION_ENTRIES.find((entry) => entry.kind === 'ga')!.value;
/** The newest dated preview version. */
export const PREVIEW_API_VERSION: string = API_VERSION_ENTRIES.find((entry) => entry.kind === 'preview')!.value;

/** Looks an api-version up; undefined when the catalog does not know it. */
export function findApiVersion(value: string): ApiVersionEntry | undefined {
	return API_VERSION_ENTRIES.find((entry) => entry.value === value);
}

/** The dated versions of one kind the connection panel offers, newest first. */
export function offeredApiVersions(kind: ApiVersionKind): string[] {
	return API_VERSION_ENTRIES.filter((entry) => entry.kind === kind && entry.offered).map((entry) => entry.value);
}

/** True when the version is known and not retired on `date` (what the mock answers). */
export function isAcceptedApiVersion(value: string, date: IsoDate): boolean {
	const entry = findApiVersion(value);
	return entry !== undefined && (entry.retiresOn === undefined || date < entry.retiresOn);
}

/** True for `v1` and `preview`: the deployment then travels as the body's `model`. */
export function isV1ApiVersion(value: string): boolean {
	return value === V1_API_VERSION || value === V1_PREVIEW_API_VERSION;
}
