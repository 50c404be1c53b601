/**
 * Validation of the parts that address an Azure OpenAI deployment: endpoint, deployment name,
 * api-version and operation, plus the upstream URL built from parts that passed validation.
 *
 * Shared by the browser (the run panel checks input as the reader types) and the server proxy
 * (which checks again and is the real guard). It must stay a pure module: no Node built-ins,
 * no DOM, no `URL` parsing of untrusted input (the WHATWG parser silently rewrites `0x7f.1`,
 * `%2e`, uppercase and IDN hosts; we want to refuse odd input, not normalise it into something
 * that looks fine).
 */

import {
	DEFAULT_CHAT_MODEL,
	DEFAULT_OPERATION,
	GA_API_VERSION,
	isOperation,
	isV1ApiVersion,
	offeredApiVersions,
	operationAvailableOn,
	OPERATIONS,
	PREVIEW_API_VERSION,
	upstreamUrl,
	V1_API_VERSION,
	V1_PREVIEW_API_VERSION,
	type Operation,
} from '../catalog/index.ts';

export type TargetCheck<T extends object = { value: string }> = ({ ok: true } & T) | { ok: false; message: string };

/** Longest endpoint string we even look at; real ones are under 90 characters. */
export const MAX_ENDPOINT_LENGTH = 200;
/** Azure limits deployment names to 64 characters. */
export const MAX_DEPLOYMENT_LENGTH = 64;

/** Host suffixes an Azure OpenAI (or Azure AI Foundry) resource endpoint may use. */
export const ALLOWED_HOST_SUFFIXES = ['openai.azure.com', 'cognitiveservices.azure.com', 'services.ai.azure.com'] as const;

/**
 * Data-plane api-versions offered in pickers, newest first, all from the catalog: `v1` is the
 * version-less v1 API (`/openai/v1/...`, deployment sent as `model`); `preview` is that same v1
 * API's preview channel (`?api-version=preview`); then the dated GA and preview versions.
 */
export const API_VERSIONS = {
	ga: offeredApiVersions('ga'),
	preview: offeredApiVersions('preview'),
	v1: V1_API_VERSION,
	v1Preview: V1_PREVIEW_API_VERSION,
} as const;

/** What the run panel preselects: the catalog's recommended dated GA version. */
export const DEFAULT_API_VERSION = GA_API_VERSION;

/** Every version offered in a picker, in display order: v1, its preview channel, then dated GA, then previews. */
export const ALL_API_VERSIONS: readonly string[] = [API_VERSIONS.v1, API_VERSIONS.v1Preview, ...API_VERSIONS.ga, ...API_VERSIONS.preview];

export { OPERATIONS };
export type { Operation };

const EXAMPLE_ENDPOINT = 'https://my-resource.openai.azure.com';

// Control characters (C0, DEL, C1) and Unicode line/paragraph separators.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const NON_ASCII = /[^\u0000-\u007f]/;
const WHITESPACE = /\s/;

/** True when the string holds CR, LF, NUL or any other control character (header injection risk). */
export function hasControlCharacters(value: string): boolean {
	return CONTROL_CHARS.test(value);
}

function refuse(message: string): { ok: false; message: string } {
	return { ok: false, message };
}

const IPV4_DOTTED = /^[0-9a-fx.]+$/i; // decimal, octal (0177), hex (0x7f) and mixed dotted forms
const ONE_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])$/;

/**
 * Checks an Azure OpenAI endpoint such as `https://my-resource.openai.azure.com` (a trailing `/`,
 * as the Azure portal shows it, is accepted). Scheme and host are lowercased (DNS is
 * case-insensitive, so `HTTPS://My-Resource.OpenAI.Azure.com` means the same resource); anything
 * else unusual is refused. On success `origin` is the canonical `https://<label>.<suffix>`.
 */
export function validateEndpoint(raw: unknown): TargetCheck<{ origin: string; value: string }> {
	if (typeof raw !== 'string') return refuse(`Enter the endpoint as text, for example ${EXAMPLE_ENDPOINT}.`);
	// Pasted values often carry surrounding spaces; other whitespace is refused below.
	const text = raw.replace(/^[ \t]+|[ \t]+$/g, '');
	if (text === '') return refuse(`Enter your resource's endpoint, for example ${EXAMPLE_ENDPOINT}. The Azure portal shows it under Keys and Endpoint.`);
	if (text.length > MAX_ENDPOINT_LENGTH)
		return refuse(`This endpoint is ${text.length} characters long; an Azure OpenAI endpoint is much shorter. Copy just the endpoint, for example ${EXAMPLE_ENDPOINT}.`);
	if (hasControlCharacters(text)) return refuse('The endpoint contains a line break or another control character. Paste it again without them.');
	if (WHITESPACE.test(text)) return refuse('The endpoint contains spaces. Remove them: an endpoint looks like ' + EXAMPLE_ENDPOINT + '.');
	if (NON_ASCII.test(text)) return refuse('The endpoint contains non-ASCII characters (perhaps a look-alike letter). Type it with plain ASCII letters, digits and hyphens.');
	if (text.includes('%')) return refuse('The endpoint contains percent-encoding (%). Enter the host name as plain text, for example ' + EXAMPLE_ENDPOINT + '.');
	if (text.includes('\\')) return refuse('The endpoint contains a backslash. Use an address like ' + EXAMPLE_ENDPOINT + '.');

	const lower = text.toLowerCase();
	const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//.exec(lower);
	if (!schemeMatch) return refuse(`The endpoint must start with https://, for example ${EXAMPLE_ENDPOINT}.`);
	if (schemeMatch[1] !== 'https') return refuse(`The endpoint must use https:// (it starts with ${schemeMatch[1]}://). Azure OpenAI endpoints are always HTTPS.`);

	const rest = lower.slice(schemeMatch[0].length);
	const hostEnd = rest.search(/[/?#]/);
	const authority = hostEnd === -1 ? rest : rest.slice(0, hostEnd);
	const after = hostEnd === -1 ? '' : rest.slice(hostEnd);
	if (authority === '') return refuse(`The endpoint has no host name after https://. Use an address like ${EXAMPLE_ENDPOINT}.`);
	if (after.includes('?')) return refuse('The endpoint must not contain a query (?...). Use only the address, for example ' + EXAMPLE_ENDPOINT + '.');
	if (after.includes('#')) return refuse('The endpoint must not contain a fragment (#...). Use only the address, for example ' + EXAMPLE_ENDPOINT + '.');
	if (after !== '' && after !== '/')
		return refuse(`Use only the endpoint without a path (the ${after.replace(/^\/+/, '/')} part); the proxy adds /openai/deployments/... itself. Example: ${EXAMPLE_ENDPOINT}.`);
	if (authority.includes('@')) return refuse('The endpoint must not contain a user name or password (the part before @). Send the key in the key field instead.');
	if (authority.startsWith('[') || authority.includes(':')) {
		if (authority.startsWith('[') || /^[0-9a-f:]+$/.test(authority.replace(/[[\]]/g, '')))
			return refuse('IP addresses are not accepted as endpoints. Use the resource host name, for example ' + EXAMPLE_ENDPOINT + '.');
		return refuse('The endpoint must not contain a port (:...). Azure OpenAI listens on the standard HTTPS port; remove the port.');
	}
	const host = authority;
	// Only digits, dots, hex digits and x: an IP literal in some notation (127.1, 0x7f000001, 2130706433...).
	if (IPV4_DOTTED.test(host) && /^[0-9]/.test(host)) return refuse('IP addresses are not accepted as endpoints. Use the resource host name, for example ' + EXAMPLE_ENDPOINT + '.');
	if (host.endsWith('.')) return refuse('Remove the dot at the end of the host name.');
	if (host.includes('..')) return refuse('The host name contains an empty part (..). Check the endpoint for typos.');

	const suffix = ALLOWED_HOST_SUFFIXES.find((candidate) => host.endsWith('.' + candidate));
	if (!suffix)
		return refuse(
			`The endpoint must be an Azure OpenAI resource host ending in .${ALLOWED_HOST_SUFFIXES.join(', .')}, for example ${EXAMPLE_ENDPOINT}. Other hosts are not reachable through this site.`,
		);
	const label = host.slice(0, host.length - suffix.length - 1);
	if (label.includes('.')) return refuse(`Put exactly one name before .${suffix} (your resource name, for example my-resource.${suffix}); "${label}" has several parts.`);
	if (label.startsWith('xn--')) return refuse('Internationalised (punycode xn--) resource names are not accepted. Azure resource names use ASCII letters, digits and hyphens.');
	if (!ONE_LABEL.test(label)) return refuse(`"${label}" is not a valid resource name: use 2 to 63 letters, digits or hyphens, starting and ending with a letter or digit.`);
	const origin = `https://${label}.${suffix}`;
	return { ok: true, origin, value: origin };
}

const DEPLOYMENT_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9_-])?$/;

/**
 * Checks a deployment name (the name you gave the model deployment, not the model name).
 * Characters that could change the request path or query are refused rather than encoded,
 * so the name the reader sees is exactly the one sent.
 */
export function validateDeployment(raw: unknown): TargetCheck {
	if (typeof raw !== 'string') return refuse(`Enter the deployment name as text, for example ${DEFAULT_CHAT_MODEL.name}.`);
	if (raw === '') return refuse(`Enter your deployment name (Azure AI Foundry, Deployments). It is the name you chose, for example ${DEFAULT_CHAT_MODEL.name}.`);
	if (raw.length > MAX_DEPLOYMENT_LENGTH) return refuse(`The deployment name is ${raw.length} characters long; Azure allows at most ${MAX_DEPLOYMENT_LENGTH}.`);
	if (hasControlCharacters(raw)) return refuse('The deployment name contains a line break or another control character. Type it again without them.');
	if (WHITESPACE.test(raw)) return refuse('The deployment name contains spaces. Azure deployment names have none; check for a space at the start or end.');
	if (NON_ASCII.test(raw)) return refuse('The deployment name contains non-ASCII characters. Use letters, digits, hyphens, underscores and dots.');
	const pathChar = /[/?#%\\]/.exec(raw);
	if (pathChar) return refuse(`The deployment name must not contain "${pathChar[0]}": it would change the request address. Use letters, digits, hyphens, underscores and dots.`);
	if (raw.includes('..')) return refuse('The deployment name must not contain "..". Use letters, digits, hyphens, underscores and single dots.');
	if (!DEPLOYMENT_PATTERN.test(raw)) return refuse('A deployment name uses letters, digits, hyphens, underscores and dots, and starts with a letter or digit and does not end with a dot.');
	return { ok: true, value: raw };
}

/** `v1`/`v1-preview`: the v1 API (GA or its preview channel); `ga`/`preview`: dated versions. */
export type ApiVersionKind = 'v1' | 'v1-preview' | 'ga' | 'preview';

const DATED_VERSION = /^(\d{4})-(\d{2})-(\d{2})(-preview)?$/;

/**
 * Checks an api-version: `v1`, `preview` (the v1 API's preview channel), or a dated version
 * `YYYY-MM-DD` / `YYYY-MM-DD-preview`. `v1` and `preview` must match exactly (no case folding,
 * no spaces): they end up in the URL as typed.
 * Any well-formed dated version is accepted (Azure itself answers 400 for one it does not know,
 * which the guide's troubleshooting explains); anything else is refused here.
 */
export function validateApiVersion(raw: unknown): TargetCheck<{ value: string; kind: ApiVersionKind }> {
	const hint = `Choose one such as ${DEFAULT_API_VERSION}, ${PREVIEW_API_VERSION}, v1 or preview.`;
	if (typeof raw !== 'string' || raw === '') return refuse(`Enter an api-version. ${hint}`);
	if (raw.length > 32) return refuse(`This api-version is too long. ${hint}`);
	if (hasControlCharacters(raw)) return refuse(`The api-version contains a line break or another control character. ${hint}`);
	if (raw === API_VERSIONS.v1) return { ok: true, value: raw, kind: 'v1' };
	if (raw === API_VERSIONS.v1Preview) return { ok: true, value: raw, kind: 'v1-preview' };
	const match = DATED_VERSION.exec(raw);
	if (!match) return refuse(`"${raw.replace(/[^\x20-\x7e]/g, '?')}" is not an api-version: use YYYY-MM-DD, YYYY-MM-DD-preview, v1 or preview. ${hint}`);
	const month = Number(match[2]);
	const day = Number(match[3]);
	if (month < 1 || month > 12 || day < 1 || day > 31) return refuse(`"${raw}" is not a real date. ${hint}`);
	return { ok: true, value: raw, kind: match[4] ? 'preview' : 'ga' };
}

/** Checks the operation; when absent the default is chat completions. */
export function validateOperation(raw: unknown): TargetCheck<{ value: Operation }> {
	if (raw === undefined) return { ok: true, value: DEFAULT_OPERATION };
	if (isOperation(raw)) return { ok: true, value: raw };
	return refuse(`The operation must be one of ${OPERATIONS.join(', ')}.`);
}

/** Checks that the operation is served on the route the api-version selects (`responses`: v1 only). */
export function validateOperationRoute(operation: Operation, apiVersion: string): TargetCheck<{ value: Operation }> {
	if (operationAvailableOn(operation, apiVersion)) return { ok: true, value: operation };
	return refuse(`The ${operation} operation is served only on the v1 API. Choose api-version v1 (or preview for its preview channel) instead of ${apiVersion}.`);
}

export interface UpstreamParts {
	/** Canonical origin from validateEndpoint (or the mock's base URL, set by the server). */
	origin: string;
	deployment: string;
	apiVersion: string;
	operation: Operation;
}

/**
 * Builds the upstream URL from parts that already passed validation, with the catalog's one URL
 * builder (see catalog/operations.ts for the shapes). Used by the proxy and by "Copy as". The
 * parts are re-checked so an unvalidated value can never reach a URL.
 */
export function buildUpstreamUrl(parts: UpstreamParts): string {
	const deployment = validateDeployment(parts.deployment);
	const apiVersion = validateApiVersion(parts.apiVersion);
	const operation = validateOperation(parts.operation);
	if (!deployment.ok || !apiVersion.ok || !operation.ok || !validateOperationRoute(operation.value, apiVersion.value).ok) {
		throw new TypeError('buildUpstreamUrl was called with parts that did not pass validation.');
	}
	return upstreamUrl({ origin: parts.origin, deployment: deployment.value, apiVersion: apiVersion.value, operation: operation.value });
}

/**
 * True when the request goes to the v1 API (`v1` or its `preview` channel), where the deployment
 * travels as the body's `model`.
 */
export function isV1(apiVersion: string): boolean {
	return isV1ApiVersion(apiVersion);
}
