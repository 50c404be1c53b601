/**
 * Writes JSON values as source text for each target language: shell single-quoted words,
 * JavaScript object literals and Python dict literals.
 *
 * Everything a reader typed (prompt text, deployment names) reaches generated code through
 * these functions only, so a quote or a line break in a prompt can never end a string early
 * and turn the rest into code.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Characters that are legal inside string literals but invisible or line-breaking in an editor
// (C0/C1 controls, DEL, U+2028/U+2029, BOM): written as \u escapes so the snippet reads
// unambiguously and no tool splits a line inside a string.
// JSON.stringify already escapes C0 controls, so only the rest is left to do here.
const INVISIBLE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/**
 * A double-quoted string literal valid in both JavaScript and Python (JSON's escapes — \" \\ \n
 * \r \t \b \f \uXXXX — mean the same in both), with invisible characters escaped.
 */
export function quotedString(value: string): string {
	return JSON.stringify(value).replace(INVISIBLE, (char) => '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Turns any value into plain JSON data (drops undefined and functions, like a JSON round-trip). */
export function toJson(value: unknown): Json {
	if (value === undefined) return {};
	const text = JSON.stringify(value);
	return text === undefined ? {} : (JSON.parse(text) as Json);
}

export function isJsonObject(value: Json): value is { [key: string]: Json } {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Quotes a word for POSIX shells: inside '…' nothing is special; a ' becomes '\'' . */
export function shellQuote(value: string): string {
	return "'" + value.replace(/'/g, "'\\''") + "'";
}

const JS_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function jsKey(key: string): string {
	// `__proto__: …` in an object literal sets the prototype instead of adding a property;
	// a computed key adds a plain property, as JSON.parse would.
	if (key === '__proto__') return '["__proto__"]';
	return JS_IDENTIFIER.test(key) ? key : quotedString(key);
}

function pretty(value: Json, indent: string, step: string, scalar: (value: null | boolean | number | string) => string, key: (key: string) => string): string {
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		const inner = indent + step;
		return '[\n' + value.map((item) => inner + pretty(item, inner, step, scalar, key)).join(',\n') + ',\n' + indent + ']';
	}
	if (isJsonObject(value)) {
		const entries = Object.entries(value);
		if (entries.length === 0) return '{}';
		const inner = indent + step;
		return '{\n' + entries.map(([name, item]) => `${inner}${key(name)}: ${pretty(item, inner, step, scalar, key)}`).join(',\n') + ',\n' + indent + '}';
	}
	return scalar(value);
}

function jsScalar(value: null | boolean | number | string): string {
	return typeof value === 'string' ? quotedString(value) : JSON.stringify(value);
}

/** A JavaScript expression for a JSON value, pretty-printed; `indent` is the current line's indent. */
export function jsLiteral(value: Json, indent = ''): string {
	return pretty(value, indent, '  ', jsScalar, jsKey);
}

function pythonScalar(value: null | boolean | number | string): string {
	if (value === null) return 'None';
	if (value === true) return 'True';
	if (value === false) return 'False';
	return typeof value === 'string' ? quotedString(value) : JSON.stringify(value);
}

/** A Python expression (dict/list literal with True/False/None) for a JSON value. */
export function pythonLiteral(value: Json, indent = ''): string {
	return pretty(value, indent, '    ', pythonScalar, quotedString);
}

/** Pretty JSON (2-space indent) with invisible characters escaped, for request bodies in shell. */
export function jsonText(value: Json): string {
	return JSON.stringify(value, null, 2).replace(INVISIBLE, (char) => '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0'));
}
