/**
 * Turns the bytes of a `POST /api/run` body into a validated run request, or throws a
 * ProblemError naming the field. The shape is a zod schema (strict objects: an unknown key is
 * refused so a typo does not silently change what is sent); the values go through the same
 * validators the browser uses (src/lib/azure/target.ts, credential.ts). Error details never
 * quote the body: it holds the reader's key.
 */
import { z } from 'zod';
import { DEFAULT_API_VERSION, hasControlCharacters, validateApiVersion, validateDeployment, validateEndpoint, validateOperation, validateOperationRoute, type Operation } from '../azure/target.ts';
import { validateCredential, type CredentialType } from '../azure/credential.ts';
import { ProblemError } from './problem.ts';

export { MAX_KEY_LENGTH, MAX_TOKEN_LENGTH } from '../azure/credential.ts';

export type RunAuth = { type: 'api-key'; key: string } | { type: 'bearer'; token: string };

export interface RunRequest {
	provider: 'azure-openai' | 'mock';
	/** Canonical Azure origin; absent for the mock (the server knows where it is). */
	endpointOrigin?: string;
	deployment: string;
	apiVersion: string;
	operation: Operation;
	auth?: RunAuth;
	body: Record<string, unknown>;
}

/** Field names are echoed in `field` and `detail`: a 5,000-character key comes back as its first 40. */
export const MAX_ECHOED_NAME = 40;

/** Deeper than any real request; 10,000 nested arrays once overflowed JSON.stringify's stack. */
export const MAX_BODY_DEPTH = 64;

function echoedName(key: string): string {
	return key.length > MAX_ECHOED_NAME ? `${key.slice(0, MAX_ECHOED_NAME)}…` : key;
}

/** Nesting depth of a parsed JSON value, walked without recursion (so it cannot overflow itself). */
function exceedsDepth(value: unknown, limit: number): boolean {
	const stack: [unknown, number][] = [[value, 1]];
	while (stack.length > 0) {
		const [item, depth] = stack.pop()!;
		if (typeof item !== 'object' || item === null) continue;
		if (depth > limit) return true;
		for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
	}
	return false;
}

type Verdict<T> = { ok: true; value: T } | { ok: false; message: string };

/** A field checked by one of the shared validators; its message becomes the problem's detail. */
function value<T>(validate: (raw: unknown) => Verdict<T>) {
	return z
		.unknown()
		.optional()
		.transform((raw, context) => {
			const verdict = validate(raw);
			if (verdict.ok) return verdict.value;
			context.addIssue({ code: 'custom', message: verdict.message });
			return z.NEVER;
		});
}

const credential = (type: CredentialType) => value((raw) => validateCredential(type, raw));

/**
 * A plain JSON object: what `target`, `auth` and `body` must be. For `target` and `auth`, any
 * CR, LF, NUL or other control character in one of its strings is refused first (header injection).
 */
function plainObject(message: string, guard?: string) {
	const record = z.record(z.string(), z.unknown(), { error: message });
	if (!guard) return record;
	return record.check((context) => {
		for (const [key, item] of Object.entries(context.value)) {
			// The credential's own check (shared with the browser) refuses control characters in its words.
			if (guard === 'auth' && (key === 'key' || key === 'token')) continue;
			if (typeof item === 'string' && hasControlCharacters(item)) {
				context.issues.push({ code: 'custom', path: [key], input: item, message: `${guard}.${echoedName(key)} contains a line break, NUL or another control character. Remove it and try again.` });
				return;
			}
		}
	});
}

const common = {
	deployment: value(validateDeployment),
	operation: value(validateOperation),
};

const azureTarget = z.strictObject({
	provider: z.literal('azure-openai'),
	endpoint: value((raw) => {
		const verdict = validateEndpoint(raw);
		return verdict.ok ? { ok: true, value: verdict.origin } : verdict;
	}),
	apiVersion: value(validateApiVersion),
	...common,
});

const mockTarget = z.strictObject({
	provider: z.literal('mock'),
	// The mock's address comes from the server configuration, never from the request.
	apiVersion: value((raw) => validateApiVersion(raw === undefined ? DEFAULT_API_VERSION : raw)),
	...common,
});

const target = z.discriminatedUnion('provider', [azureTarget, mockTarget], { error: '"target.provider" must be "azure-openai" or "mock".' });

const auth = z.discriminatedUnion('type', [z.strictObject({ type: z.literal('api-key'), key: credential('api-key') }), z.strictObject({ type: z.literal('bearer'), token: credential('bearer') })], {
	error: '"auth.type" must be "api-key" or "bearer".',
});

const runRequestSchema = z.strictObject({
	target: plainObject('"target" must be an object naming the provider, endpoint, deployment and api-version.', 'target').pipe(target),
	auth: plainObject('"auth" must be an object such as {"type": "api-key", "key": "..."}.', 'auth').pipe(auth).optional(),
	body: plainObject('"body" must be a JSON object: the request you would send to Azure OpenAI, e.g. {"messages": [...]}.').refine((body) => !exceedsDepth(body, MAX_BODY_DEPTH), {
		message: `The request body is nested more than ${MAX_BODY_DEPTH} levels deep, more than any Azure OpenAI request needs. Flatten it and try again.`,
	}),
});

const ALLOWED_KEYS: Record<string, readonly string[]> = {
	'': ['target', 'auth', 'body'],
	'target:azure-openai': ['provider', 'endpoint', 'deployment', 'apiVersion', 'operation'],
	'target:mock': ['provider', 'deployment', 'apiVersion', 'operation'],
	'auth:api-key': ['type', 'key'],
	'auth:bearer': ['type', 'token'],
};

/** The first issue as the reader's problem: the field it is about and one sentence saying what to do. */
function toProblem(issue: z.core.$ZodIssue, parsed: Record<string, unknown>): ProblemError {
	const path = issue.path.map(String);
	if (issue.code === 'unrecognized_keys') {
		const where = path.join('.');
		const section = where === '' ? '' : `${where}:${String((parsed[where] as Record<string, unknown>)?.[where === 'target' ? 'provider' : 'type'])}`;
		const name = where ? `${where}.${echoedName(issue.keys[0]!)}` : echoedName(issue.keys[0]!);
		return new ProblemError('invalid_field', `Unknown field "${name}". Allowed here: ${(ALLOWED_KEYS[section] ?? []).join(', ')}.`, { field: name });
	}
	// A missing field is reported by the validator of that field (for its message), or by zod.
	const field = path.length === 1 && path[0] !== 'body' ? path[0]! : path.slice(0, 2).map(echoedName).join('.');
	if (issue.code === 'invalid_union' || (issue.code === 'invalid_value' && path.length === 2)) {
		return new ProblemError('invalid_field', path[0] === 'auth' ? '"auth.type" must be "api-key" or "bearer".' : '"target.provider" must be "azure-openai" or "mock".', {
			field: path[0] === 'auth' ? 'auth.type' : 'target.provider',
		});
	}
	return new ProblemError('invalid_field', issue.message, { field: field || 'body' });
}

export function parseRunRequest(bytes: Uint8Array): RunRequest {
	let parsed: unknown;
	try {
		parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		// The parser's message quotes the input, which may contain the key: say only what to do.
		throw new ProblemError('invalid_request', 'The request body is not valid UTF-8 JSON. Send {"target": {...}, "auth": {...}, "body": {...}}.');
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new ProblemError('invalid_request', 'The request body must be a JSON object: {"target": {...}, "auth": {...}, "body": {...}}.');
	}
	const result = runRequestSchema.safeParse(parsed);
	if (!result.success) throw toProblem(result.error.issues[0]!, parsed as Record<string, unknown>);
	const { target: t, auth: a, body } = result.data;
	if (t.provider === 'azure-openai' && a === undefined) {
		throw new ProblemError('invalid_field', 'Add your key: "auth": {"type": "api-key", "key": "..."}, or a Microsoft Entra token with {"type": "bearer", "token": "..."}.', { field: 'auth' });
	}
	// The operation must exist on the route the api-version selects (the Responses API: v1 only).
	const route = validateOperationRoute(t.operation, t.apiVersion);
	if (!route.ok) throw new ProblemError('invalid_field', route.message, { field: 'target.operation' });
	// Only creating a response is relayed (SECURITY.md): a background response is fetched later by
	// id (GET /responses/{id}), a call this proxy never makes.
	if (t.operation === 'responses' && body.background !== undefined && body.background !== false && body.background !== null) {
		throw new ProblemError(
			'invalid_field',
			'This site runs a response while you wait and relays only its creation: a background response has to be fetched again by id later, which the site does not relay. Remove "background" (or set it to false) and run again.',
			{ field: 'body.background' },
		);
	}
	return {
		provider: t.provider,
		endpointOrigin: t.provider === 'azure-openai' ? t.endpoint : undefined,
		deployment: t.deployment,
		apiVersion: t.apiVersion,
		operation: t.operation,
		auth: a === undefined ? undefined : a.type === 'api-key' ? { type: 'api-key', key: a.key } : { type: 'bearer', token: a.token },
		body,
	};
}
