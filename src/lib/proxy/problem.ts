/**
 * The proxy's own refusals as RFC 9457 problem details (`application/problem+json`).
 * `detail` is a plain sentence telling the reader what to do; it never contains a credential.
 */
import { securityHeaders } from './response-headers.ts';

export type ProblemCode =
	| 'invalid_request'
	| 'invalid_field'
	| 'forbidden_origin'
	| 'method_not_allowed'
	| 'unsupported_media_type'
	| 'body_too_large'
	| 'rate_limited'
	| 'mock_unavailable'
	| 'upstream_unreachable'
	| 'upstream_timeout'
	| 'upstream_too_large'
	| 'upstream_invalid'
	| 'not_found'
	| 'misdirected_request'
	| 'internal_error';

const STATUS_AND_TITLE: Record<ProblemCode, [number, string]> = {
	invalid_request: [400, 'Invalid request'],
	invalid_field: [400, 'Invalid field'],
	forbidden_origin: [403, 'Forbidden origin'],
	method_not_allowed: [405, 'Method not allowed'],
	unsupported_media_type: [415, 'Unsupported media type'],
	body_too_large: [413, 'Request body too large'],
	rate_limited: [429, 'Too many requests'],
	mock_unavailable: [503, 'Mock deployment unavailable'],
	upstream_unreachable: [502, 'Upstream unreachable'],
	upstream_timeout: [504, 'Upstream timed out'],
	upstream_too_large: [502, 'Upstream response too large'],
	upstream_invalid: [502, 'Invalid upstream response'],
	not_found: [404, 'Not found'],
	misdirected_request: [421, 'Misdirected request'],
	internal_error: [500, 'Internal error'],
};

export interface Problem {
	type: string;
	title: string;
	status: number;
	detail: string;
	code: ProblemCode;
	field?: string;
}

export function problemStatus(code: ProblemCode): number {
	return STATUS_AND_TITLE[code][0];
}

export function makeProblem(code: ProblemCode, detail: string, field?: string): Problem {
	const [status, title] = STATUS_AND_TITLE[code];
	const problem: Problem = { type: `urn:llm-provider-guides:proxy-problem:${code}`, title, status, detail, code };
	if (field !== undefined) problem.field = field;
	return problem;
}

export interface ProblemOptions {
	field?: string;
	/** Extra response headers, e.g. Retry-After or Allow. */
	headers?: Record<string, string>;
}

export function problemResponse(code: ProblemCode, detail: string, options: ProblemOptions = {}): Response {
	const problem = makeProblem(code, detail, options.field);
	const headers = securityHeaders();
	headers.set('content-type', 'application/problem+json');
	for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
	return new Response(JSON.stringify(problem), { status: problem.status, headers });
}

/** A refusal carried as an exception through parsing code, turned into a response at the top. */
export class ProblemError extends Error {
	readonly code: ProblemCode;
	readonly field?: string;
	readonly headers?: Record<string, string>;
	constructor(code: ProblemCode, detail: string, options: ProblemOptions = {}) {
		super(detail);
		this.name = 'ProblemError';
		this.code = code;
		this.field = options.field;
		this.headers = options.headers;
	}
	toResponse(): Response {
		return problemResponse(this.code, this.message, { field: this.field, headers: this.headers });
	}
}
