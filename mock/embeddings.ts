// The embeddings deployment: checks the request like the service and returns one deterministic
// unit vector per input, derived from a hash of the input, as floats or as base64 float32.

import { createHash } from 'node:crypto';
import { invalidRequest, type ErrorAnswer } from './azure-errors.ts';
import { countTokens } from './tokenize.ts';

export type EmbeddingsRequest = {
	/** Each input as text (token-id arrays are joined so they hash and count stably). */
	inputs: string[];
	dimensions: number;
	encoding: 'float' | 'base64';
};

type Parsed = { ok: true; request: EmbeddingsRequest } | { ok: false; error: ErrorAnswer };

/** The service's per-request input limit. */
const MAX_INPUTS = 2048;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTokenArray(value: unknown): value is number[] {
	return Array.isArray(value) && value.length > 0 && value.every((item) => Number.isInteger(item));
}

function readInputs(input: unknown): string[] | null {
	if (typeof input === 'string') return input === '' ? null : [input];
	if (isTokenArray(input)) return [input.join(' ')];
	if (!Array.isArray(input) || input.length === 0) return null;
	const inputs: string[] = [];
	for (const item of input) {
		if (typeof item === 'string' && item !== '') inputs.push(item);
		else if (isTokenArray(item)) inputs.push(item.join(' '));
		else return null;
	}
	return inputs;
}

export function parseEmbeddingsRequest(body: unknown, maxDimensions: number): Parsed {
	if (!isRecord(body)) {
		return { ok: false, error: invalidRequest('The request body must be a JSON object.', null, 'invalid_type') };
	}
	if (body.input === undefined) {
		return { ok: false, error: invalidRequest("Missing required parameter: 'input'.", 'input', 'missing_required_parameter') };
	}
	const inputs = readInputs(body.input);
	if (inputs === null) {
		return {
			ok: false,
			error: invalidRequest("Invalid 'input': expected a non-empty string, an array of non-empty strings, or arrays of token ids.", 'input', 'invalid_value'),
		};
	}
	if (inputs.length > MAX_INPUTS) {
		return { ok: false, error: invalidRequest(`Too many inputs: at most ${MAX_INPUTS} are allowed per request.`, 'input', 'invalid_value') };
	}
	let dimensions = maxDimensions;
	if (body.dimensions !== undefined && body.dimensions !== null) {
		const value = body.dimensions;
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > maxDimensions) {
			return {
				ok: false,
				error: invalidRequest(`Invalid 'dimensions': expected an integer from 1 to ${maxDimensions}.`, 'dimensions', 'invalid_value'),
			};
		}
		dimensions = value;
	}
	const format = body.encoding_format ?? 'float';
	if (format !== 'float' && format !== 'base64') {
		return { ok: false, error: invalidRequest("Invalid 'encoding_format': expected 'float' or 'base64'.", 'encoding_format', 'invalid_value') };
	}
	return { ok: true, request: { inputs, dimensions, encoding: format } };
}

/**
 * A unit vector seeded by the text: SHA-256 in counter mode gives uniform bytes, pairs of which
 * become roughly normal values (Box-Muller), so vectors look like real embeddings and similar
 * calls are reproducible. Values are float32, matching what base64 output carries.
 */
export function embedText(text: string, dimensions: number, salt: string): Float32Array {
	const raw = new Float64Array(dimensions);
	let block = 0;
	let bytes = Buffer.alloc(0);
	let offset = 0;
	const nextUniform = (): number => {
		if (offset + 4 > bytes.length) {
			bytes = createHash('sha256').update(`${salt}\u0000${text}\u0000${block++}`).digest();
			offset = 0;
		}
		const value = bytes.readUInt32LE(offset);
		offset += 4;
		return (value + 0.5) / 4294967296;
	};
	for (let i = 0; i < dimensions; i++) {
		raw[i] = Math.sqrt(-2 * Math.log(nextUniform())) * Math.cos(2 * Math.PI * nextUniform());
	}
	const norm = Math.hypot(...raw) || 1;
	const vector = new Float32Array(dimensions);
	for (let i = 0; i < dimensions; i++) vector[i] = raw[i] / norm;
	return vector;
}

export function encodeBase64(vector: Float32Array): string {
	// Float32 little-endian, the layout the service and the SDKs use.
	const bytes = Buffer.alloc(vector.length * 4);
	vector.forEach((value, index) => bytes.writeFloatLE(value, index * 4));
	return bytes.toString('base64');
}

export function embeddingsBody(request: EmbeddingsRequest, model: string, deployment: string): Record<string, unknown> {
	const data = request.inputs.map((input, index) => {
		const vector = embedText(input, request.dimensions, deployment);
		return {
			object: 'embedding',
			index,
			embedding: request.encoding === 'base64' ? encodeBase64(vector) : Array.from(vector),
		};
	});
	const tokens = request.inputs.reduce((sum, input) => sum + countTokens(input), 0);
	return { object: 'list', data, model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}
