/**
 * Everything a snippet needs, worked out once from the run panel's target and edited body:
 * the URL, auth style, whether it streams, and the notes to print as comments.
 *
 * Values that did not pass validation are replaced by visible placeholders (with a note
 * saying so, which does not quote them either) instead of being copied into code: the panel may ask for a snippet while the
 * reader is still typing, and a half-typed endpoint must not end up inside a shell command.
 */
import { buildUpstreamUrl, DEFAULT_API_VERSION, isV1, validateApiVersion, validateDeployment, validateEndpoint } from '../../azure/target.ts';
import { findMockDeployment, operationAvailableOn, TOKEN_SCOPE, V1_API_VERSION, V1_SAMPLES_TOKEN_SCOPE, v1BaseUrl as v1BaseUrlOf } from '../../catalog/index.ts';
import { isJsonObject, toJson, type Json } from './literals.ts';
import type { CodeOperation, RunTarget } from './types.ts';

export const PLACEHOLDER_ENDPOINT = 'https://YOUR-RESOURCE.openai.azure.com';
export const PLACEHOLDER_DEPLOYMENT = 'YOUR-DEPLOYMENT-NAME';
export const API_KEY_ENV = 'AZURE_OPENAI_API_KEY';
export const AD_TOKEN_ENV = 'AZURE_OPENAI_AD_TOKEN';
/** OAuth scope for Azure OpenAI data-plane tokens (Microsoft Entra ID), from the catalog. */
export { TOKEN_SCOPE };
/**
 * The scope Microsoft's current v1 samples request (catalog; also the openai-dotnet README's Azure
 * section and Learn's "Azure OpenAI supported programming languages", checked 2026-12-01): the v1
 * snippets' token providers use it; both scopes are accepted by Azure OpenAI resources.
 */
export const V1_TOKEN_SCOPE = V1_SAMPLES_TOKEN_SCOPE;

export interface CodeRequest {
	operation: CodeOperation;
	/** Canonical endpoint origin, no trailing slash. */
	endpoint: string;
	deployment: string;
	apiVersion: string;
	/** The version-less v1 API: `{endpoint}/openai/v1/...`, deployment sent as `model`. */
	v1: boolean;
	/** Full URL of the REST call. */
	url: string;
	/** Base URL for the plain OpenAI SDK client on the v1 API (`{endpoint}/openai/v1/`). */
	v1BaseUrl: string;
	/**
	 * The api-version query the v1 API needs, if any: `preview` for its preview channel (the SDK
	 * snippets send it as a default query parameter), undefined for `v1` and dated versions.
	 */
	v1Query: string | undefined;
	auth: 'api-key' | 'bearer';
	/** The JSON body exactly as sent over REST (for v1, `model` is the deployment). */
	body: Json;
	/** The body's fields for an SDK call: the edited body with `model` set to the deployment. */
	sdkParams: { [key: string]: Json };
	/** True when the snippet should read a server-sent event stream. */
	streaming: boolean;
	/** The Entra ID scope the token providers request (the v1 samples' scope on the v1 API). */
	tokenScope: string;
	/** Sentences to show as comments at the top of the snippet. */
	notes: string[];
}

function withModelFirst(body: Json, deployment: string): { [key: string]: Json } {
	const fields = isJsonObject(body) ? body : {};
	const { model: _ignored, ...rest } = fields;
	return { model: deployment, ...rest };
}

/**
 * The mock's failure deployments (error-429, fault-stall, missing-deployment, ...) exist only to
 * show a failure (the catalog marks them); code copied from such a run gets the placeholder deployment instead.
 */
function isMockOnlyDeployment(name: string): boolean {
	return findMockDeployment(name)?.failureOnly ?? false;
}

export function describeRequest(target: RunTarget, operation: CodeOperation, rawBody: unknown): CodeRequest {
	const notes: string[] = [];
	let endpoint = PLACEHOLDER_ENDPOINT;
	let auth: 'api-key' | 'bearer' = 'api-key';
	if (target.kind === 'mock') {
		notes.push(
			`This request ran against the site's mock deployment. Replace ${PLACEHOLDER_ENDPOINT} with your resource's endpoint (Azure portal, Keys and Endpoint) and the deployment name with yours.`,
		);
	} else {
		auth = target.authType === 'bearer' ? 'bearer' : 'api-key';
		const checked = validateEndpoint(target.endpoint);
		if (checked.ok) endpoint = checked.origin;
		else notes.push(`The endpoint you entered is not valid yet (the run panel says why), so this snippet uses ${PLACEHOLDER_ENDPOINT}: replace it with your resource's endpoint.`);
	}

	const deploymentCheck = validateDeployment(target.deployment);
	const mockOnly = target.kind === 'mock' && isMockOnlyDeployment(target.deployment);
	const deployment = deploymentCheck.ok && !mockOnly ? deploymentCheck.value : PLACEHOLDER_DEPLOYMENT;
	if (!deploymentCheck.ok) notes.push(`The deployment name is not valid yet, so this snippet uses ${PLACEHOLDER_DEPLOYMENT}: replace it with your deployment's name.`);

	const versionCheck = validateApiVersion(target.apiVersion);
	let apiVersion = versionCheck.ok ? versionCheck.value : DEFAULT_API_VERSION;
	if (!versionCheck.ok) notes.push(`The api-version is not valid, so this snippet uses ${DEFAULT_API_VERSION}.`);
	if (!operationAvailableOn(operation, apiVersion)) {
		const what = operation === 'responses' ? 'The Responses API' : `The ${operation} operation`;
		notes.push(`${what} is served on the v1 API only (/openai/v1/${operation}), so this snippet uses it instead of api-version ${apiVersion}.`);
		apiVersion = V1_API_VERSION;
	}

	const v1 = isV1(apiVersion);
	const v1BaseUrl = v1BaseUrlOf(endpoint);
	// Plain `v1` needs no query; its preview channel is chosen with ?api-version=preview.
	const v1Query = v1 && apiVersion !== V1_API_VERSION ? apiVersion : undefined;
	// The same URL builder the proxy uses, so a copied snippet calls exactly what the run called.
	const url = buildUpstreamUrl({ origin: endpoint, deployment, apiVersion, operation });

	const edited = toJson(rawBody);
	const sdkParams = withModelFirst(edited, deployment);
	// Dated versions route by the deployment in the path and ignore `model`; v1 routes by `model`.
	const body = v1 ? sdkParams : edited;
	const streaming = operation !== 'embeddings' && isJsonObject(edited) && edited.stream === true;
	if (operation === 'responses' && !(isJsonObject(edited) && edited.store === false)) {
		notes.push('The Responses API stores each response by default (store defaults to true); add "store": false to the body to keep nothing stored.');
	}
	const tokenScope = v1 ? V1_TOKEN_SCOPE : TOKEN_SCOPE;

	return { operation, endpoint, deployment, apiVersion, v1, url, v1BaseUrl, v1Query, auth, body, sdkParams, streaming, tokenScope, notes };
}
