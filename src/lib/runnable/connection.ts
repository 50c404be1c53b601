/**
 * The reader's connection for runnable examples: which Azure OpenAI resource to call (or the
 * built-in mock deployment when nothing is entered), how to authenticate, and the request the
 * browser sends to the site's proxy (`POST /api/run`).
 *
 * Pure: no DOM. Credentials live in memory unless the reader ticks "Remember in this tab", which
 * keeps them in sessionStorage; they never go to localStorage, a URL or generated code.
 */
import { DEFAULT_API_VERSION, validateApiVersion, validateDeployment, validateEndpoint } from '../azure/target.ts';
import { validateCredential } from '../azure/credential.ts';
import { defaultMockDeploymentFor, MOCK_DEPLOYMENTS as CATALOG_MOCK_DEPLOYMENTS, operationAvailableOn, V1_API_VERSION, type Operation } from '../catalog/index.ts';
import type { RunTarget } from './codegen/types.ts';

export type AuthType = 'api-key' | 'bearer';
export type { Operation };

export interface ConnectionSettings {
	/** `https://<resource>.openai.azure.com` (or cognitiveservices / services.ai); empty = mock. */
	endpoint: string;
	deployment: string;
	apiVersion: string;
	authType: AuthType;
	/** The api-key or the Entra ID bearer token. */
	secret: string;
	/** Keep these settings in sessionStorage for this tab. */
	remember: boolean;
	/** Mock deployment to call when no connection is entered; '' picks the working one for the operation. */
	mockDeployment: string;
}

export const EMPTY_CONNECTION: Readonly<ConnectionSettings> = {
	endpoint: '',
	deployment: '',
	apiVersion: DEFAULT_API_VERSION,
	authType: 'api-key',
	secret: '',
	remember: false,
	mockDeployment: '',
};

/** Names of the connection panel's fields, used to place messages next to the right input. */
export type ConnectionField = 'endpoint' | 'deployment' | 'apiVersion' | 'secret' | 'mockDeployment';
export type FieldErrors = Partial<Record<ConnectionField, string>>;

/** Mock deployments readers may pick, with what each one shows them (catalog data). */
export const MOCK_DEPLOYMENT_NOTES: Readonly<Record<string, string>> = Object.fromEntries(
	CATALOG_MOCK_DEPLOYMENTS.filter((deployment) => deployment.offered).map((deployment) => [deployment.name, deployment.note]),
);
/** The names offered in the picker: everything the mock documents except its 20 MB stress body. */
export const MOCK_DEPLOYMENTS: readonly string[] = CATALOG_MOCK_DEPLOYMENTS.filter((deployment) => deployment.offered).map((deployment) => deployment.name);

/** True when the reader has entered no connection at all: runs then go to the built-in mock deployment. */
export function isMockMode(settings: ConnectionSettings): boolean {
	return settings.endpoint.trim() === '' && settings.deployment.trim() === '' && settings.secret === '';
}

/** The mock deployment a run uses: the reader's pick, else the working one for the operation. */
export function mockDeploymentFor(settings: ConnectionSettings, operation: Operation): string {
	return settings.mockDeployment || defaultMockDeploymentFor(operation);
}

/** Checks every field that matters in the current mode; an empty result means the connection can be used. */
export function validateConnection(settings: ConnectionSettings): FieldErrors {
	const errors: FieldErrors = {};
	const apiVersion = validateApiVersion(settings.apiVersion.trim());
	if (!apiVersion.ok) errors.apiVersion = apiVersion.message;
	if (isMockMode(settings)) {
		if (settings.mockDeployment && !MOCK_DEPLOYMENTS.includes(settings.mockDeployment))
			errors.mockDeployment = `The mock has no deployment called "${settings.mockDeployment}". Pick one from the list.`;
		return errors;
	}
	const endpoint = validateEndpoint(settings.endpoint);
	if (!endpoint.ok) errors.endpoint = endpoint.message;
	const deployment = validateDeployment(settings.deployment.trim());
	if (!deployment.ok) errors.deployment = deployment.message;
	// The proxy's own check (src/lib/azure/credential.ts), so the panel refuses exactly what the server would.
	const secret = validateCredential(settings.authType, settings.secret.trim());
	if (!secret.ok) errors.secret = secret.message;
	return errors;
}

/** The JSON body of `POST /api/run` (see the proxy contract). */
export type RunRequest =
	| {
			target: { provider: 'azure-openai'; endpoint: string; deployment: string; apiVersion: string; operation: Operation };
			auth: { type: 'api-key'; key: string } | { type: 'bearer'; token: string };
			body: unknown;
	  }
	| { target: { provider: 'mock'; deployment: string; apiVersion: string; operation: Operation }; body: unknown };

/** Builds the proxy request from valid settings; returns the field errors instead when they are not. */
/**
 * The api-version a run of `operation` uses: the connection's, unless the operation is not served
 * on that route (the Responses API is on the v1 API only), then `v1`.
 */
export function apiVersionFor(settings: ConnectionSettings, operation: Operation): string {
	const chosen = settings.apiVersion.trim() || DEFAULT_API_VERSION;
	return validateApiVersion(chosen).ok && !operationAvailableOn(operation, chosen) ? V1_API_VERSION : chosen;
}

export function buildRunRequest(settings: ConnectionSettings, operation: Operation, body: unknown): { ok: true; request: RunRequest } | { ok: false; errors: FieldErrors } {
	const errors = validateConnection(settings);
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	const apiVersion = apiVersionFor(settings, operation);
	if (isMockMode(settings)) {
		return { ok: true, request: { target: { provider: 'mock', deployment: mockDeploymentFor(settings, operation), apiVersion, operation }, body } };
	}
	const endpoint = validateEndpoint(settings.endpoint);
	const origin = endpoint.ok ? endpoint.origin : settings.endpoint;
	const secret = settings.secret.trim();
	return {
		ok: true,
		request: {
			target: { provider: 'azure-openai', endpoint: origin, deployment: settings.deployment.trim(), apiVersion, operation },
			auth: settings.authType === 'api-key' ? { type: 'api-key', key: secret } : { type: 'bearer', token: secret },
			body,
		},
	};
}

/** What "Copy as" generates code for: never carries the secret. */
export function toRunTarget(settings: ConnectionSettings, operation: Operation): RunTarget {
	const apiVersion = apiVersionFor(settings, operation);
	if (isMockMode(settings)) return { kind: 'mock', deployment: mockDeploymentFor(settings, operation), apiVersion };
	const endpoint = validateEndpoint(settings.endpoint);
	return {
		kind: 'azure',
		endpoint: endpoint.ok ? endpoint.origin : settings.endpoint.trim(),
		deployment: settings.deployment.trim(),
		apiVersion,
		authType: settings.authType,
	};
}

/** Maps the proxy's dotted `field` (problem+json) to the panel field that should show the message. */
export function connectionFieldFor(problemField: string | undefined): ConnectionField | undefined {
	switch (problemField) {
		case 'target.endpoint':
			return 'endpoint';
		case 'target.deployment':
			return 'deployment';
		case 'target.apiVersion':
			return 'apiVersion';
		case 'auth':
		case 'auth.key':
		case 'auth.token':
		case 'auth.type':
			return 'secret';
		default:
			return undefined;
	}
}

/** A short description of where runs go, for the example toolbars and the header button. */
export function describeConnection(settings: ConnectionSettings, operation: Operation = 'chat/completions'): string {
	if (isMockMode(settings)) return `Mock deployment (${mockDeploymentFor(settings, operation)})`;
	const endpoint = validateEndpoint(settings.endpoint);
	const host = endpoint.ok ? endpoint.origin.replace(/^https:\/\//, '') : settings.endpoint.trim() || 'no endpoint';
	return `${host} · ${settings.deployment.trim() || 'no deployment'}`;
}

/** The part of the Web Storage API the connection needs. */
export interface ConnectionStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export const CONNECTION_STORAGE_KEY = 'runnable:connection';

/** Reads settings remembered in this tab; anything malformed is ignored rather than trusted. */
export function loadRememberedConnection(storage: ConnectionStorage | undefined): ConnectionSettings | null {
	try {
		const raw = storage?.getItem(CONNECTION_STORAGE_KEY);
		if (!raw) return null;
		const parsed = JSON.parse(raw) as Partial<Record<keyof ConnectionSettings, unknown>>;
		const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
		return {
			endpoint: text(parsed.endpoint, ''),
			deployment: text(parsed.deployment, ''),
			apiVersion: text(parsed.apiVersion, DEFAULT_API_VERSION),
			authType: parsed.authType === 'bearer' ? 'bearer' : 'api-key',
			secret: text(parsed.secret, ''),
			remember: true,
			mockDeployment: text(parsed.mockDeployment, ''),
		};
	} catch {
		return null;
	}
}

/** Stores the settings when the reader asked to remember them, and removes any stored copy otherwise. */
export function persistConnection(storage: ConnectionStorage | undefined, settings: ConnectionSettings): void {
	try {
		if (settings.remember) storage?.setItem(CONNECTION_STORAGE_KEY, JSON.stringify(settings));
		else storage?.removeItem(CONNECTION_STORAGE_KEY);
	} catch {
		// Storage may be disabled; the settings still live in memory for this page.
	}
}
