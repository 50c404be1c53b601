// Maps a request path to one of the mock's operations. Dated routes carry the deployment in
// the path; v1 routes carry it in the body's `model` field. Which operation lives on which route
// comes from the catalog.

import { findOperation, OPERATION_ENTRIES, type Operation } from '../src/lib/catalog/index.ts';

export type { Operation };

export type Route = { api: 'dated'; operation: Operation; deployment: string } | { api: 'v1'; operation: Operation };

function alternation(family: 'deployments' | 'v1'): string {
	return OPERATION_ENTRIES.filter((entry) => entry.routes.includes(family))
		.map((entry) => entry.name.replace('/', '\\/'))
		.join('|');
}

const DATED = new RegExp(`^\\/openai\\/deployments\\/([^/]+)\\/(${alternation('deployments')})\\/?$`);
const V1 = new RegExp(`^\\/openai\\/v1\\/(${alternation('v1')})\\/?$`);

/** Operations the mock answers: every one the catalog declares (the Responses API on v1 only). */
const SERVED: ReadonlySet<Operation> = new Set(OPERATION_ENTRIES.map((entry) => entry.name));

export function matchRoute(pathname: string): Route | null {
	const dated = DATED.exec(pathname);
	if (dated) {
		let deployment: string;
		try {
			deployment = decodeURIComponent(dated[1]);
		} catch {
			return null;
		}
		const operation = dated[2] as Operation;
		return SERVED.has(operation) ? { api: 'dated', operation, deployment } : null;
	}
	const v1 = V1.exec(pathname);
	if (v1 && SERVED.has(v1[1] as Operation)) return { api: 'v1', operation: v1[1] as Operation };
	return null;
}

/** The operation name Azure uses in rate-limit messages. */
export function operationId(operation: Operation): string {
	return findOperation(operation)?.operationId ?? operation;
}
