/**
 * Derives the JSON Schemas the runnable-example editor uses for completion and validation from
 * the Azure OpenAI 2024-10-21 OpenAPI spec, and writes them to src/client/runnable/schemas/.
 *
 *     ./node_modules/.bin/node scripts/extract-request-schemas.ts [path/to/inference.json]
 *
 * The output is committed: the site build never reads the spec. Re-run this script when the spec
 * changes. What it does:
 * - chat: `createChatCompletionRequest` (allOf `chatCompletionsRequestCommon`) with every schema
 *   it references copied into `definitions` (Monaco's JSON service resolves `#/definitions/...`);
 * - embeddings: the inline, unnamed request body of POST /deployments/{deployment-id}/embeddings;
 * - OpenAPI 3.0 dialect → JSON Schema: `nullable: true` becomes a `null` type, vendor extensions
 *   (`x-*`), `discriminator`, `example` and `xml` are dropped;
 * - one known gap is filled: the spec defines `chatCompletionStreamOptions` (`include_usage`) but
 *   never references it, although the service accepts `stream_options` (see shared/specs/FACTS.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const here = dirname(fileURLToPath(import.meta.url));
const specPath = process.argv[2] ?? '/work/shared/specs/azure-openai-inference-2024-10-21.json';
const outDir = join(here, '..', 'src', 'client', 'runnable', 'schemas');
const REF_PREFIX = '#/components/schemas/';
const DROPPED_KEYS = new Set(['discriminator', 'example', 'xml', 'externalDocs']);

const spec = JSON.parse(readFileSync(specPath, 'utf8')) as JsonObject;
const components = ((spec.components as JsonObject).schemas ?? {}) as JsonObject;

function isObject(value: Json | undefined): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Converts one OpenAPI schema node to JSON Schema, recording the named schemas it references. */
function convert(node: Json, referenced: Set<string>): Json {
	if (Array.isArray(node)) return node.map((item) => convert(item, referenced));
	if (!isObject(node)) return node;
	const out: JsonObject = {};
	for (const [key, value] of Object.entries(node)) {
		if (key.startsWith('x-') || DROPPED_KEYS.has(key) || key === 'nullable') continue;
		if (key === '$ref' && typeof value === 'string') {
			if (!value.startsWith(REF_PREFIX)) throw new Error(`Unexpected $ref ${value}: only ${REF_PREFIX}… references are supported.`);
			const name = value.slice(REF_PREFIX.length);
			if (!(name in components)) throw new Error(`$ref ${value} points to a schema the spec does not define.`);
			referenced.add(name);
			out.$ref = `#/definitions/${name}`;
			continue;
		}
		// `properties` maps names to schemas; every other object-valued key is a schema or list of them.
		if (key === 'properties' && isObject(value)) {
			out.properties = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, convert(schema, referenced)]));
			continue;
		}
		out[key] = convert(value, referenced);
	}
	if (node.nullable === true) {
		if (typeof out.type === 'string') out.type = [out.type, 'null'];
		if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
	}
	return out;
}

/** Converts a root schema and, transitively, every named schema it uses into one self-contained document. */
function bundle(root: Json, title: string, description: string): JsonObject {
	const referenced = new Set<string>();
	const converted = convert(root, referenced) as JsonObject;
	const definitions: JsonObject = {};
	const pending = [...referenced];
	while (pending.length > 0) {
		const name = pending.pop()!;
		if (name in definitions) continue;
		const found = new Set<string>();
		definitions[name] = convert(components[name], found);
		for (const next of found) if (!(next in definitions)) pending.push(next);
	}
	const sorted = Object.fromEntries(
		Object.keys(definitions)
			.sort()
			.map((name) => [name, definitions[name]]),
	);
	return { $schema: 'http://json-schema.org/draft-07/schema#', title, description, ...converted, definitions: sorted };
}

const source = `Derived by scripts/extract-request-schemas.ts from the Azure OpenAI data-plane spec 2024-10-21 (inference.json).`;

// Chat: the named request schema; stream_options added where the spec forgot to reference it.
const chatRoot = structuredClone(components.createChatCompletionRequest) as JsonObject;
if (!('chatCompletionStreamOptions' in components)) throw new Error('The spec no longer defines chatCompletionStreamOptions; update this script.');
chatRoot.allOf = [...(chatRoot.allOf as Json[]), { properties: { stream_options: { $ref: `${REF_PREFIX}chatCompletionStreamOptions` } } }];
const chat = bundle(chatRoot, 'Azure OpenAI chat completions request body', `${source} Request body of POST …/chat/completions.`);

// Embeddings: the inline request body of the embeddings operation.
const paths = spec.paths as JsonObject;
const embeddingsPost = (paths['/deployments/{deployment-id}/embeddings'] as JsonObject).post as JsonObject;
const embeddingsRoot = (((embeddingsPost.requestBody as JsonObject).content as JsonObject)['application/json'] as JsonObject).schema;
const embeddings = bundle(embeddingsRoot, 'Azure OpenAI embeddings request body', `${source} Request body of POST …/embeddings.`);

mkdirSync(outDir, { recursive: true });
for (const [name, schema] of [
	['chat-completions-request.json', chat],
	['embeddings-request.json', embeddings],
] as const) {
	writeFileSync(join(outDir, name), JSON.stringify(schema, null, '\t') + '\n');
	console.log(`wrote ${join('src/client/runnable/schemas', name)} (${Object.keys(schema.definitions as JsonObject).length} definitions)`);
}
