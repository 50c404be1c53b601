/**
 * Explains why an upstream fetch failed before any response arrived, from the error's `code`
 * (undici wraps socket and DNS errors as `TypeError: fetch failed` with a `cause`).
 */
import { ProblemError } from './problem.ts';
import { TROUBLESHOOTING_HINT } from './fault-messages.ts';

/** Code set by the address guard when a host resolves to a refused address. */
export const BLOCKED_ADDRESS_CODE = 'ERR_PROXY_BLOCKED_ADDRESS';

function errorCodes(error: unknown): string[] {
	const codes: string[] = [];
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string') codes.push(code);
		current = (current as { cause?: unknown }).cause;
	}
	return codes;
}

export function upstreamFetchProblem(error: unknown, host: string): ProblemError {
	const codes = errorCodes(error);
	if (codes.includes(BLOCKED_ADDRESS_CODE)) {
		return new ProblemError(
			'upstream_unreachable',
			`${host} resolves to a private, loopback or otherwise non-public address, which this proxy does not contact. If your resource uses a private endpoint, run the site inside that network with PROXY_ALLOW_PRIVATE_RANGES=true.`,
		);
	}
	if (codes.includes('UND_ERR_CONNECT_TIMEOUT') || codes.includes('ETIMEDOUT')) {
		return new ProblemError('upstream_timeout', `Connecting to ${host} timed out. Check the endpoint and your network, then try again. ${TROUBLESHOOTING_HINT}`);
	}
	if (codes.includes('ENOTFOUND') || codes.includes('EAI_AGAIN')) {
		return new ProblemError('upstream_unreachable', `${host} could not be found (DNS). Check the resource name in the endpoint for typos. ${TROUBLESHOOTING_HINT}`);
	}
	if (codes.includes('ECONNREFUSED')) {
		return new ProblemError('upstream_unreachable', `${host} refused the connection. Check the endpoint, and that the resource allows public network access. ${TROUBLESHOOTING_HINT}`);
	}
	return new ProblemError('upstream_unreachable', `The proxy could not reach ${host}${codes[0] ? ` (${codes[0]})` : ''}. Check the endpoint and try again. ${TROUBLESHOOTING_HINT}`);
}
