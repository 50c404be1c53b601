// The deployment names the local mock understands. A real Azure OpenAI resource answers
// according to what is deployed under a name; the mock does the same with a fixed table, so
// every failure a reader (or the proxy's tests) may meet has a name that produces it on demand.

/** What a deployment does when it is called. */
export type DeploymentBehaviour =
	| { kind: 'chat'; model: string }
	| { kind: 'embeddings'; model: string; maxDimensions: number }
	| { kind: 'error'; status: 401 | 403 | 429 | 500 | 503 }
	| { kind: 'not-found' }
	| { kind: 'fault'; fault: FaultName };

export type FaultName =
	| 'stall'
	| 'stall-midstream'
	| 'reset'
	| 'drip'
	| 'huge'
	| 'invalid-json'
	| 'html'
	| 'think';

/** Chat deployment with deterministic replies (the model name is what Azure would report). */
export const CHAT_DEPLOYMENT = 'gpt-4o-mini';
/** Embeddings deployment with deterministic unit vectors. */
export const EMBEDDINGS_DEPLOYMENT = 'text-embedding-3-small';
/** The model reported in chat answers, as Azure reports the model version, not the deployment name. */
export const CHAT_MODEL = 'gpt-4o-mini-2024-07-18';
export const EMBEDDINGS_MODEL = 'text-embedding-3-small';

/** Every documented name, with what it does. Any name not listed here answers 404 DeploymentNotFound. */
export const DEPLOYMENTS: Readonly<Record<string, DeploymentBehaviour>> = {
	[CHAT_DEPLOYMENT]: { kind: 'chat', model: CHAT_MODEL },
	[EMBEDDINGS_DEPLOYMENT]: { kind: 'embeddings', model: EMBEDDINGS_MODEL, maxDimensions: 1536 },
	'error-401': { kind: 'error', status: 401 },
	'error-403': { kind: 'error', status: 403 },
	'error-429': { kind: 'error', status: 429 },
	'error-500': { kind: 'error', status: 500 },
	'error-503': { kind: 'error', status: 503 },
	'missing-deployment': { kind: 'not-found' },
	'fault-stall': { kind: 'fault', fault: 'stall' },
	'fault-stall-midstream': { kind: 'fault', fault: 'stall-midstream' },
	'fault-reset': { kind: 'fault', fault: 'reset' },
	'fault-drip': { kind: 'fault', fault: 'drip' },
	'fault-huge': { kind: 'fault', fault: 'huge' },
	'fault-invalid-json': { kind: 'fault', fault: 'invalid-json' },
	'fault-html': { kind: 'fault', fault: 'html' },
	// A reasoning model's pattern: the stream opens, then nothing for a long while, then the answer.
	'slow-thinking': { kind: 'fault', fault: 'think' },
};

/** The names as a list, for documentation, pickers and tests. */
export const DEPLOYMENT_NAMES: readonly string[] = Object.keys(DEPLOYMENTS);

/** The content `fault-html` replies with: markup that must be shown as text, never run. */
export const HTML_FAULT_CONTENT = '<img src=x onerror=alert(1)><script>alert(1)</script>';

/** Size of the `fault-huge` body in bytes (20 MiB). */
export const HUGE_BODY_BYTES = 20 * 1024 * 1024;

export function lookupDeployment(name: string): DeploymentBehaviour {
	// Own-property check so names such as "constructor" or "__proto__" are plain unknown names.
	return Object.hasOwn(DEPLOYMENTS, name) ? DEPLOYMENTS[name] : { kind: 'not-found' };
}
