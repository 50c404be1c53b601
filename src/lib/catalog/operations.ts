/**
 * Operations and the routes they live on. The deployments route carries the deployment in the
 * path and a dated `api-version`; the v1 route carries it in the body's `model` (with no
 * api-version, or `api-version=preview` for the preview channel). `responses` exists on the v1
 * route only.
 */
import { isV1ApiVersion, V1_API_VERSION } from './api-versions.ts';
import { SOURCES } from './sources.ts';
import type { Operation, Source } from './types.ts';

export type RouteFamily = 'deployments' | 'v1';

export interface OperationEntry {
	name: Operation;
	routes: readonly RouteFamily[];
	/** Offered by runnable examples (```json runnable operation=…). */
	runnable: boolean;
	/** The operation id Azure names in rate-limit messages. */
	operationId: string;
	sources: readonly Source[];
}

export const OPERATION_ENTRIES: readonly OperationEntry[] = [
	{ name: 'chat/completions', routes: ['deployments', 'v1'], runnable: true, operationId: 'ChatCompletions_Create', sources: [SOURCES.inferenceSpecs, SOURCES.apiVersionLifecycle] },
	{ name: 'embeddings', routes: ['deployments', 'v1'], runnable: true, operationId: 'Embeddings_Create', sources: [SOURCES.inferenceSpecs, SOURCES.apiVersionLifecycle] },
	// The Responses API: v1 route only (Microsoft's quickstart leads with it for new code).
	{ name: 'responses', routes: ['v1'], runnable: true, operationId: 'Responses_Create', sources: [SOURCES.apiVersionLifecycle] },
];

export const OPERATIONS: readonly Operation[] = OPERATION_ENTRIES.map((entry) => entry.name);
/** What a runnable example may name in `operation=`; the default is the first. */
export const RUNNABLE_OPERATIONS: readonly Operation[] = OPERATION_ENTRIES.filter((entry) => entry.runnable).map((entry) => entry.name);
export const DEFAULT_OPERATION: Operation = 'chat/completions';

export function findOperation(name: string): OperationEntry | undefined {
	return OPERATION_ENTRIES.find((entry) => entry.name === name);
}

export function isOperation(name: unknown): name is Operation {
	return typeof name === 'string' && findOperation(name) !== undefined;
}

/** The route family an api-version selects. */
export function routeFamilyFor(apiVersion: string): RouteFamily {
	return isV1ApiVersion(apiVersion) ? 'v1' : 'deployments';
}

/** True when the operation exists on the route the api-version selects. */
export function operationAvailableOn(operation: Operation, apiVersion: string): boolean {
	return findOperation(operation)?.routes.includes(routeFamilyFor(apiVersion)) ?? false;
}

export interface RouteParts {
	/** The resource origin (or the mock's base URL), no trailing slash needed. */
	origin: string;
	deployment: string;
	apiVersion: string;
	operation: Operation;
}

/**
 * The one function that builds the upstream URL (the proxy and "Copy as" both call it, through
 * target.ts which validates the parts first):
 * `{origin}/openai/deployments/{deployment}/{operation}?api-version={apiVersion}`, or
 * `{origin}/openai/v1/{operation}` for `v1` and `{origin}/openai/v1/{operation}?api-version=preview`
 * for its preview channel (the caller then puts the deployment in the body's `model`).
 */
export function upstreamUrl(parts: RouteParts): string {
	const origin = parts.origin.replace(/\/$/, '');
	if (!operationAvailableOn(parts.operation, parts.apiVersion)) {
		throw new TypeError(`${parts.operation} is not served on the ${routeFamilyFor(parts.apiVersion)} route (api-version ${parts.apiVersion}).`);
	}
	if (parts.apiVersion === V1_API_VERSION) return `${origin}/openai/v1/${parts.operation}`;
	if (isV1ApiVersion(parts.apiVersion)) return `${origin}/openai/v1/${parts.operation}?api-version=${parts.apiVersion}`;
	return `${origin}/openai/deployments/${parts.deployment}/${parts.operation}?api-version=${parts.apiVersion}`;
}

/** The v1 API's base URL for the plain OpenAI client libraries. */
export function v1BaseUrl(origin: string): string {
	return `${origin.replace(/\/$/, '')}/openai/v1/`;
}
