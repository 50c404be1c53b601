/**
 * Turns the bytes of a `POST /api/run` body into a validated run request, or throws a
 * ProblemError naming the field. Unknown keys are refused so a typo does not silently change
 * what is sent. Error details never quote the body: it holds the reader's key.
 */
import {
	DEFAULT_API_VERSION,
	hasControlCharacters,
	validateApiVersion,
	validateDeployment,
	validateEndpoint,
	validateOperation,
	validateOperationRoute,
	type Operation,
} from '../azure/target.ts';
import { ProblemError } from './problem.ts';

export type RunAuth = { type: 'api-key'; key: string } | { type: 'bearer'; token: string };

export interface RunRequest {
	provider: 'azure-openai' | 'mock';
	/** Canonical Azure origin; absent for the mock (the server knows where it is). */
	endpointOrigin?: string;
	deployment: string;
	apiVersion: string;
	operation: Operation;
	auth?: RunAuth;
	body: Record<string, unknown>;
}

export const MAX_KEY_LENGTH = 512;
/** Microsoft Entra access tokens are JWTs of a few KB. */
export const MAX_TOKEN_LENGTH = 8192;

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

function invalidField(field: string, detail: string): ProblemError {
	return new ProblemError('invalid_field', detail, { field });
}

function invalidRequest(detail: string): ProblemError {
	return new ProblemError('invalid_request', detail);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuseUnknownKeys(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
	for (const key of Object.keys(value)) {
		if (!allowed.includes(key)) {
			throw invalidField(where ? `${where}.${key}` : key, `Unknown field "${where ? `${where}.` : ''}${key.slice(0, 40)}". Allowed here: ${allowed.join(', ')}.`);
		}
	}
}

/** Header injection guard: any CR, LF, NUL (or other control character) in target/auth strings. */
function refuseControlCharacters(value: Record<string, unknown>, where: string): void {
	for (const [key, item] of Object.entries(value)) {
		if (typeof item === 'string' && hasControlCharacters(item)) {
			throw invalidField(`${where}.${key}`, `${where}.${key} contains a line break, NUL or another control character. Remove it and try again.`);
		}
	}
}

function parseAuth(raw: unknown, required: boolean): RunAuth | undefined {
	if (raw === undefined) {
		if (required) throw invalidField('auth', 'Add your key: "auth": {"type": "api-key", "key": "..."}, or a Microsoft Entra token with {"type": "bearer", "token": "..."}.');
		return undefined;
	}
	if (!isPlainObject(raw)) throw invalidField('auth', '"auth" must be an object such as {"type": "api-key", "key": "..."}.');
	refuseControlCharacters(raw, 'auth');
	if (raw.type === 'api-key') {
		refuseUnknownKeys(raw, ['type', 'key'], 'auth');
		const key = raw.key;
		if (typeof key !== 'string' || key === '') throw invalidField('auth.key', 'Enter your API key (Azure portal, your resource, Keys and Endpoint, KEY 1).');
		if (key.length > MAX_KEY_LENGTH) throw invalidField('auth.key', `The API key is longer than ${MAX_KEY_LENGTH} characters; Azure keys are 32 to 84 characters. Paste only the key.`);
		if (!PRINTABLE_ASCII.test(key)) throw invalidField('auth.key', 'The API key may only contain printable ASCII characters without spaces. Copy it again from the Azure portal.');
		return { type: 'api-key', key };
	}
	if (raw.type === 'bearer') {
		refuseUnknownKeys(raw, ['type', 'token'], 'auth');
		const token = raw.token;
		if (typeof token !== 'string' || token === '') throw invalidField('auth.token', 'Enter a Microsoft Entra access token, for example from: az account get-access-token --resource https://cognitiveservices.azure.com');
		if (token.length > MAX_TOKEN_LENGTH) throw invalidField('auth.token', `The token is longer than ${MAX_TOKEN_LENGTH} characters. Paste only the access token, without "Bearer ".`);
		if (!PRINTABLE_ASCII.test(token)) throw invalidField('auth.token', 'The token may only contain printable ASCII characters without spaces. Paste only the access token, without "Bearer ".');
		return { type: 'bearer', token };
	}
	throw invalidField('auth.type', '"auth.type" must be "api-key" or "bearer".');
}

export function parseRunRequest(bytes: Uint8Array): RunRequest {
	let parsed: unknown;
	try {
		parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		// The parser's message quotes the input, which may contain the key: say only what to do.
		throw invalidRequest('The request body is not valid UTF-8 JSON. Send {"target": {...}, "auth": {...}, "body": {...}}.');
	}
	if (!isPlainObject(parsed)) throw invalidRequest('The request body must be a JSON object: {"target": {...}, "auth": {...}, "body": {...}}.');
	refuseUnknownKeys(parsed, ['target', 'auth', 'body'], '');

	const target = parsed.target;
	if (!isPlainObject(target)) throw invalidField('target', '"target" must be an object naming the provider, endpoint, deployment and api-version.');
	refuseControlCharacters(target, 'target');

	const provider = target.provider;
	if (provider !== 'azure-openai' && provider !== 'mock') throw invalidField('target.provider', '"target.provider" must be "azure-openai" or "mock".');

	let endpointOrigin: string | undefined;
	if (provider === 'azure-openai') {
		refuseUnknownKeys(target, ['provider', 'endpoint', 'deployment', 'apiVersion', 'operation'], 'target');
		const endpoint = validateEndpoint(target.endpoint);
		if (!endpoint.ok) throw invalidField('target.endpoint', endpoint.message);
		endpointOrigin = endpoint.origin;
	} else {
		// The mock's address comes from the server configuration, never from the request.
		refuseUnknownKeys(target, ['provider', 'deployment', 'apiVersion', 'operation'], 'target');
	}

	const deployment = validateDeployment(target.deployment);
	if (!deployment.ok) throw invalidField('target.deployment', deployment.message);
	const apiVersion = validateApiVersion(provider === 'mock' && target.apiVersion === undefined ? DEFAULT_API_VERSION : target.apiVersion);
	if (!apiVersion.ok) throw invalidField('target.apiVersion', apiVersion.message);
	const operation = validateOperation(target.operation);
	if (!operation.ok) throw invalidField('target.operation', operation.message);
	const route = validateOperationRoute(operation.value, apiVersion.value);
	if (!route.ok) throw invalidField('target.operation', route.message);

	const auth = parseAuth(parsed.auth, provider === 'azure-openai');

	if (!isPlainObject(parsed.body)) throw invalidField('body', '"body" must be a JSON object: the request you would send to Azure OpenAI, e.g. {"messages": [...]}.');

	return {
		provider,
		endpointOrigin,
		deployment: deployment.value,
		apiVersion: apiVersion.value,
		operation: operation.value,
		auth,
		body: parsed.body,
	};
}
