// The headers every Azure OpenAI answer carries (names from a captured live response, see
// FACTS.md). Request ids are fresh per answer; the rate-limit figures come from a per-minute
// window so a client can watch them fall, though the mock never enforces them.

import { randomUUID } from 'node:crypto';

export const REGION = 'Local Mock';
export const MODEL_SESSION = 'mock-20241021-0001';

const REQUESTS_PER_MINUTE = 100;
const TOKENS_PER_MINUTE = 100_000;

export type RateWindow = { note(tokens: number): { requests: number; tokens: number } };

export function createRateWindow(now: () => number = Date.now): RateWindow {
	let minute = -1;
	let requests = 0;
	let tokens = 0;
	return {
		note(used: number) {
			const current = Math.floor(now() / 60_000);
			if (current !== minute) {
				minute = current;
				requests = 0;
				tokens = 0;
			}
			requests += 1;
			tokens += used;
			return {
				requests: Math.max(0, REQUESTS_PER_MINUTE - requests),
				tokens: Math.max(0, TOKENS_PER_MINUTE - tokens),
			};
		},
	};
}

export function azureHeaders(requestId: string, remaining: { requests: number; tokens: number }): Record<string, string> {
	return {
		'apim-request-id': requestId,
		'x-request-id': randomUUID(),
		'x-ms-region': REGION,
		'x-ratelimit-remaining-requests': String(remaining.requests),
		'x-ratelimit-remaining-tokens': String(remaining.tokens),
		'azureml-model-session': MODEL_SESSION,
		'x-content-type-options': 'nosniff',
	};
}
