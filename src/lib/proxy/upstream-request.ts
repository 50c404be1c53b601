/**
 * Builds what goes upstream from a validated run request: the URL (from validated parts only,
 * never from a URL the client sent), the allowlisted request headers, and the JSON body.
 */
import { buildUpstreamUrl, isV1 } from '../azure/target.ts';
import type { RunRequest } from './parse-run-request.ts';
import { ProblemError } from './problem.ts';

/** Sent to the mock when the reader gave no key; the mock accepts any non-empty key. */
export const MOCK_PLACEHOLDER_KEY = 'mock-placeholder-key';

export interface UpstreamRequest {
	url: string;
	headers: Headers;
	body: string;
	/** True for the operator-configured mock (reached without the public-address guard). */
	trusted: boolean;
}

export function buildUpstreamRequest(run: RunRequest, mockUrl: string | undefined): UpstreamRequest {
	let origin: string;
	if (run.provider === 'mock') {
		if (!mockUrl) {
			throw new ProblemError(
				'mock_unavailable',
				'The local mock deployment is not configured on this server. Start it with "node mock/cli.ts" and set MOCK_AZURE_OPENAI_URL (e.g. http://127.0.0.1:4011), or run against your own Azure resource.',
			);
		}
		origin = mockUrl;
	} else {
		origin = run.endpointOrigin!;
	}
	const url = buildUpstreamUrl({ origin, deployment: run.deployment, apiVersion: run.apiVersion, operation: run.operation });

	// Only these request headers leave the server: no cookies, no client IP, no user agent details.
	const headers = new Headers({ 'content-type': 'application/json' });
	const auth = run.auth ?? { type: 'api-key' as const, key: MOCK_PLACEHOLDER_KEY };
	if (auth.type === 'api-key') headers.set('api-key', auth.key);
	else headers.set('authorization', `Bearer ${auth.token}`);

	// The v1 API (GA `v1` and its `preview` channel alike) takes the deployment name as the body's model.
	const body = isV1(run.apiVersion) ? { ...run.body, model: run.deployment } : run.body;
	return { url, headers, body: JSON.stringify(body), trusted: run.provider === 'mock' };
}
