// The deployment names the local mock understands. The table itself is catalog data
// (src/lib/catalog/mock-deployments.ts), read by the browser too; this module adapts it for the
// server: the model each deployment reports, and lookups by name.

import {
	MOCK_CHAT_DEPLOYMENT,
	MOCK_CONTRAST_CHAT_DEPLOYMENT,
	MOCK_DEPLOYMENTS,
	MOCK_EMBEDDINGS_DEPLOYMENT,
	DEFAULT_CHAT_MODEL,
	DEFAULT_EMBEDDING_MODEL,
	type FaultName,
	type MockDeploymentBehaviour,
} from '../src/lib/catalog/index.ts';

export type { FaultName };

/** What a deployment does when it is called (`model` is what Azure reports in answers). */
export type DeploymentBehaviour =
	{ kind: 'chat'; model: string; catalogModel: string } | { kind: 'embeddings'; model: string; maxDimensions: number } | Exclude<MockDeploymentBehaviour, { kind: 'chat' } | { kind: 'embeddings' }>;

/** Chat deployment with deterministic replies: runs the catalog's default chat model. */
export const CHAT_DEPLOYMENT = MOCK_CHAT_DEPLOYMENT;
/** Chat deployment of a non-reasoning model, for contrast. */
export const CONTRAST_CHAT_DEPLOYMENT = MOCK_CONTRAST_CHAT_DEPLOYMENT;
/** Embeddings deployment with deterministic unit vectors. */
export const EMBEDDINGS_DEPLOYMENT = MOCK_EMBEDDINGS_DEPLOYMENT;

/** Azure reports chat models with their version date (`gpt-5-mini-2025-08-07`); embeddings models by name. */
function reportedChatModel(model: string, version: string): string {
	return /^\d{4}-\d{2}-\d{2}$/.test(version) ? `${model}-${version}` : model;
}

/** The model reported in the default chat deployment's answers. */
export const CHAT_MODEL = reportedChatModel(DEFAULT_CHAT_MODEL.name, DEFAULT_CHAT_MODEL.version);
export const EMBEDDINGS_MODEL = DEFAULT_EMBEDDING_MODEL.name;

function adapt(behaviour: MockDeploymentBehaviour): DeploymentBehaviour {
	if (behaviour.kind === 'chat') return { kind: 'chat', model: reportedChatModel(behaviour.model, behaviour.version), catalogModel: behaviour.model };
	if (behaviour.kind === 'embeddings') return { kind: 'embeddings', model: behaviour.model, maxDimensions: behaviour.maxDimensions };
	return behaviour;
}

/** Every documented name, with what it does. Any name not listed here answers 404 DeploymentNotFound. */
export const DEPLOYMENTS: Readonly<Record<string, DeploymentBehaviour>> = Object.fromEntries(MOCK_DEPLOYMENTS.map((deployment) => [deployment.name, adapt(deployment.behaviour)]));

/** The names as a list, for documentation, pickers and tests. */
export const DEPLOYMENT_NAMES: readonly string[] = MOCK_DEPLOYMENTS.map((deployment) => deployment.name);

/** The content `fault-html` replies with: markup that must be shown as text, never run. */
export const HTML_FAULT_CONTENT = '<img src=x onerror=alert(1)><script>alert(1)</script>';

/** Size of the `fault-huge` body in bytes (20 MiB). */
export const HUGE_BODY_BYTES = 20 * 1024 * 1024;

export function lookupDeployment(name: string): DeploymentBehaviour {
	// Own-property check so names such as "constructor" or "__proto__" are plain unknown names.
	return Object.hasOwn(DEPLOYMENTS, name) ? DEPLOYMENTS[name] : { kind: 'not-found' };
}
