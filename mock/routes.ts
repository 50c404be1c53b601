// Maps a request path to one of the mock's operations. Dated routes carry the deployment in
// the path; v1 routes carry it in the body's `model` field.

export type Operation = 'chat/completions' | 'embeddings';

export type Route = { api: 'dated'; operation: Operation; deployment: string } | { api: 'v1'; operation: Operation };

const DATED = /^\/openai\/deployments\/([^/]+)\/(chat\/completions|embeddings)\/?$/;
const V1 = /^\/openai\/v1\/(chat\/completions|embeddings)\/?$/;

export function matchRoute(pathname: string): Route | null {
	const dated = DATED.exec(pathname);
	if (dated) {
		let deployment: string;
		try {
			deployment = decodeURIComponent(dated[1]);
		} catch {
			return null;
		}
		return { api: 'dated', operation: dated[2] as Operation, deployment };
	}
	const v1 = V1.exec(pathname);
	if (v1) return { api: 'v1', operation: v1[1] as Operation };
	return null;
}

/** The operation name Azure uses in rate-limit messages. */
export function operationId(operation: Operation): string {
	return operation === 'embeddings' ? 'Embeddings_Create' : 'ChatCompletions_Create';
}
