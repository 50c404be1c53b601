/**
 * Environment variables as zod schemas, so every setting of the server (and of the proxy on any
 * platform) is checked at start with one rule per kind of value. A bad value becomes one sentence
 * naming the variable, what was expected and what was found; an empty value means "unset".
 */
import { z } from 'zod';

type Env = Record<string, string | undefined>;

/** A setting with an optional default: `expected` completes "expected …" in the error sentence. */
function field<T>(expected: string, parse: (raw: string) => T | undefined) {
	return z
		.string()
		.optional()
		.transform((raw, context) => {
			if (raw === undefined || raw.trim() === '') return undefined;
			const value = parse(raw.trim());
			if (value === undefined) {
				context.addIssue({ code: 'custom', message: expected });
				return z.NEVER;
			}
			return value;
		});
}

export function positiveInteger(unit: string, fallback: number) {
	return field(`a positive whole number of ${unit} (unset, it is ${fallback})`, (raw) => {
		const value = Number(raw);
		return /^\d+$/.test(raw) && Number.isSafeInteger(value) && value > 0 ? value : undefined;
	}).transform((value) => value ?? fallback);
}

export function port(fallback: number) {
	return field(`a port number from 0 to 65535, 0 picking a free one (unset, it is ${fallback})`, (raw) => {
		const value = Number(raw);
		return /^\d{1,5}$/.test(raw) && value <= 65535 ? value : undefined;
	}).transform((value) => value ?? fallback);
}

export function booleanFlag(fallback: boolean) {
	return field(`true or false (unset, it is ${fallback})`, (raw) => (raw === 'true' ? true : raw === 'false' ? false : undefined)).transform((value) => value ?? fallback);
}

/** An http(s) origin such as https://docs.example.com, without path, query or credentials. */
export function httpOrigin(example: string) {
	return field(`an http(s) origin such as ${example}, without a path`, (raw) => {
		try {
			const url = new URL(raw);
			if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
			if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return undefined;
			return url.origin;
		} catch {
			return undefined;
		}
	});
}

/** An HTTP header name in lower case. */
export function headerName(example: string) {
	return field(`an HTTP header name such as ${example}`, (raw) => (/^[A-Za-z0-9-]{1,64}$/.test(raw) ? raw.toLowerCase() : undefined));
}

/** Where to listen: a host name or an IPv4/IPv6 address (IPv6 without brackets). */
export function listenHost(fallback: string) {
	return field(`a host name or IP address to listen on, such as localhost, 127.0.0.1 or 0.0.0.0 (unset, it is ${fallback})`, (raw) =>
		/^[A-Za-z0-9.-]{1,253}$/.test(raw) || /^[0-9A-Fa-f:.]{2,45}$/.test(raw) ? raw : undefined,
	).transform((value) => value ?? fallback);
}

export function text() {
	return field('some text', (raw) => raw);
}

/** A bad setting: `message` is one sentence per bad variable (variable, expected, found). */
export class SettingsError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'SettingsError';
	}
}

function shown(value: string | undefined): string {
	const flat = JSON.stringify(value ?? '');
	return flat.length > 80 ? `${flat.slice(0, 77)}…"` : flat;
}

/** Parses `env` with `schema`, or throws a SettingsError whose message names each bad variable. */
export function readSettings<S extends z.ZodObject>(schema: S, env: Env): z.output<S> {
	const result = schema.safeParse(env);
	if (result.success) return result.data;
	const sentences = result.error.issues.map((issue) => {
		const name = String(issue.path[0]);
		return `The setting ${name} must be ${issue.message}, but it is ${shown(env[name])}.`;
	});
	throw new SettingsError(sentences.join('\n'));
}
