/**
 * The local mock's deployments, as data both the mock server and the browser read (the browser
 * must not import mock/). A real resource answers according to what is deployed under a name; the
 * mock does the same with this table, so every failure a reader may meet has a name that produces it.
 */
import { CONTRAST_CHAT_MODEL, DEFAULT_CHAT_MODEL, DEFAULT_EMBEDDING_MODEL } from './models.ts';

export type FaultName = 'stall' | 'stall-midstream' | 'reset' | 'drip' | 'huge' | 'invalid-json' | 'html' | 'response-failed' | 'think';

/** What a deployment does when it is called. `model` is the catalog model name, `version` its version. */
export type MockDeploymentBehaviour =
	| { kind: 'chat'; model: string; version: string }
	| { kind: 'embeddings'; model: string; version: string; maxDimensions: number }
	| { kind: 'error'; status: 401 | 403 | 429 | 500 | 503 }
	| { kind: 'not-found' }
	| { kind: 'fault'; fault: FaultName };

export interface MockDeployment {
	name: string;
	behaviour: MockDeploymentBehaviour;
	/** What a reader sees next to the name in the connection panel. */
	note: string;
	/** Offered in the panel's picker (the 20 MB stress body is not). */
	offered: boolean;
	/** Exists only to show a failure: "Copy as" gives the placeholder deployment instead. */
	failureOnly: boolean;
}

/** The default chat deployment: today's small GPT-5-family reasoning model. */
export const MOCK_CHAT_DEPLOYMENT = DEFAULT_CHAT_MODEL.name;
/** A non-reasoning chat model (max_tokens and temperature work), for contrast. */
export const MOCK_CONTRAST_CHAT_DEPLOYMENT = CONTRAST_CHAT_MODEL.name;
export const MOCK_EMBEDDINGS_DEPLOYMENT = DEFAULT_EMBEDDING_MODEL.name;

function failure(name: string, behaviour: MockDeploymentBehaviour, note: string, offered = true): MockDeployment {
	return { name, behaviour, note, offered, failureOnly: true };
}

export const MOCK_DEPLOYMENTS: readonly MockDeployment[] = [
	{
		name: MOCK_CHAT_DEPLOYMENT,
		behaviour: { kind: 'chat', model: DEFAULT_CHAT_MODEL.name, version: DEFAULT_CHAT_MODEL.version },
		note: 'answers chat requests (reasoning model: max_completion_tokens, default temperature)',
		offered: true,
		failureOnly: false,
	},
	{
		name: MOCK_CONTRAST_CHAT_DEPLOYMENT,
		behaviour: { kind: 'chat', model: CONTRAST_CHAT_MODEL.name, version: CONTRAST_CHAT_MODEL.version },
		note: 'answers chat requests (non-reasoning model: max_tokens and temperature work)',
		offered: true,
		failureOnly: false,
	},
	{
		name: MOCK_EMBEDDINGS_DEPLOYMENT,
		behaviour: { kind: 'embeddings', model: DEFAULT_EMBEDDING_MODEL.name, version: DEFAULT_EMBEDDING_MODEL.version, maxDimensions: 1536 },
		note: 'answers embeddings requests',
		offered: true,
		failureOnly: false,
	},
	failure('missing-deployment', { kind: 'not-found' }, '404 DeploymentNotFound'),
	failure('error-401', { kind: 'error', status: 401 }, '401 wrong or missing key'),
	failure('error-403', { kind: 'error', status: 403 }, '403 access denied'),
	failure('error-429', { kind: 'error', status: 429 }, '429 too many requests'),
	failure('error-500', { kind: 'error', status: 500 }, '500 server error'),
	failure('error-503', { kind: 'error', status: 503 }, '503 service unavailable'),
	failure('fault-stall', { kind: 'fault', fault: 'stall' }, 'never answers (timeout)'),
	failure('fault-stall-midstream', { kind: 'fault', fault: 'stall-midstream' }, 'stops mid-stream'),
	failure('fault-reset', { kind: 'fault', fault: 'reset' }, 'drops the connection mid-stream'),
	failure('fault-drip', { kind: 'fault', fault: 'drip' }, 'answers one byte at a time'),
	failure('fault-huge', { kind: 'fault', fault: 'huge' }, 'answers with a 20 MiB body', false),
	failure('fault-invalid-json', { kind: 'fault', fault: 'invalid-json' }, 'answers with broken JSON'),
	failure('fault-html', { kind: 'fault', fault: 'html' }, 'answers with HTML markup'),
	// A reasoning model seen from outside: the stream opens, then silence (mock thinkMs, 45 s), then the answer.
	failure('slow-thinking', { kind: 'fault', fault: 'think' }, 'thinks in silence for 45 s, then answers'),
	failure('fault-response-failed', { kind: 'fault', fault: 'response-failed' }, 'Responses stream ends with response.failed'),
];

export function findMockDeployment(name: string): MockDeployment | undefined {
	return MOCK_DEPLOYMENTS.find((deployment) => deployment.name === name);
}

/** The working mock deployment for an operation. */
export function defaultMockDeploymentFor(operation: string): string {
	return operation === 'embeddings' ? MOCK_EMBEDDINGS_DEPLOYMENT : MOCK_CHAT_DEPLOYMENT;
}
