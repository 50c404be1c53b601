/**
 * Reader-facing explanations for upstream faults, shared by problem responses (before headers)
 * and the SSE error event (after streaming began).
 */
import type { BodyFaultKind } from './body-reader.ts';
import type { ProblemCode } from './problem.ts';
import type { ProxyConfig } from './config.ts';

const TROUBLESHOOTING = 'See "Endpoint unreachable or timed out" in the setup guide\'s Troubleshooting.';

function seconds(ms: number): string {
	return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

export function describeBodyFault(kind: Exclude<BodyFaultKind, 'client_gone'>, config: ProxyConfig, streaming: boolean): { code: ProblemCode; detail: string } {
	switch (kind) {
		case 'idle_timeout':
			return {
				code: 'upstream_timeout',
				detail: `The deployment stopped sending for ${seconds(config.idleTimeoutMs)} in the middle of its answer, so the proxy gave up. Try again; a busy deployment may need a moment. ${TROUBLESHOOTING}`,
			};
		case 'total_timeout':
			return {
				code: 'upstream_timeout',
				detail: `The answer took longer than ${seconds(config.totalTimeoutMs)} in total, the most this proxy waits. Ask for a shorter answer (lower max_tokens) and try again.`,
			};
		case 'too_large': {
			const limit = streaming ? config.maxStreamBytes : config.maxResponseBytes;
			return {
				code: 'upstream_too_large',
				detail: `The answer is larger than ${Math.floor(limit / 1024)} KiB, the most this proxy relays. Ask for less (lower max_tokens, fewer inputs) and try again.`,
			};
		}
		case 'broken':
			return { code: 'upstream_unreachable', detail: `The connection to the deployment broke before the answer was complete. Try again. ${TROUBLESHOOTING}` };
	}
}

export function firstByteTimeoutDetail(config: ProxyConfig): string {
	return `The deployment did not start answering within ${seconds(Math.min(config.firstByteTimeoutMs, config.totalTimeoutMs))}. Check the endpoint and try again; a busy deployment may need a moment. ${TROUBLESHOOTING}`;
}

export const TROUBLESHOOTING_HINT = TROUBLESHOOTING;
