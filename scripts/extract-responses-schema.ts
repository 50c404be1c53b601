/**
 * Derives the JSON Schema the runnable-example editor uses for Responses API request bodies from
 * an official description of them: the `openai` npm package's type declarations
 * (`ResponseCreateParamsBase` in node_modules/openai/resources/responses/responses.d.ts), read
 * with the TypeScript compiler API. Writes src/client/runnable/schemas/responses-request.json.
 *
 *     ./node_modules/.bin/node scripts/extract-responses-schema.ts
 *
 * The output is committed: the site build never reads the package's types. Re-run after
 * upgrading `openai`. What it does:
 * - every property of ResponseCreateParamsBase, with its JSDoc text as the description (what the
 *   editor shows on hover and in completion);
 * - primitive types, string-literal unions (as `enum`, so values complete), arrays and nested
 *   object types are converted down to a fixed depth; deeper or unconvertible shapes (type
 *   parameters, functions) become `{}` (anything), so the editor never flags a valid body;
 * - `stream` is added as a boolean (the SDK declares it on the streaming/non-streaming variants);
 * - `model` is left optional: the run panel sends the deployment name as `model` itself.
 * (The Azure v1 OpenAPI description, azure-v1-v1-generated.json, is 660 KB and describes the same
 * body; the package's types are what the generated TypeScript snippets are checked against.)
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const declarations = join(root, 'node_modules', 'openai', 'resources', 'responses', 'responses.d.ts');
const out = join(root, 'src', 'client', 'runnable', 'schemas', 'responses-request.json');
const MAX_DEPTH = 3;

const program = ts.createProgram([declarations], { strict: true, skipLibCheck: true, noEmit: true });
const checker = program.getTypeChecker();
const source = program.getSourceFile(declarations);
if (!source) throw new Error(`Cannot read ${declarations}: is the openai package installed?`);

let base: ts.InterfaceDeclaration | undefined;
ts.forEachChild(source, (node) => {
	if (ts.isInterfaceDeclaration(node) && node.name.text === 'ResponseCreateParamsBase') base = node;
});
if (!base) throw new Error('ResponseCreateParamsBase is not declared in the openai package any more: update this script.');

function describe(symbol: ts.Symbol): string | undefined {
	const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
	return text === '' ? undefined : text;
}

function convert(type: ts.Type, depth: number): Schema {
	if (type.flags & ts.TypeFlags.String) return { type: 'string' };
	if (type.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) return { type: 'number' };
	if (type.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return { type: 'boolean' };
	if (type.flags & ts.TypeFlags.Null) return { type: 'null' };
	if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
	if (type.isUnion()) {
		const members = type.types.filter((member) => !(member.flags & ts.TypeFlags.Undefined));
		const literals = members.filter((member) => member.isStringLiteral()) as ts.StringLiteralType[];
		const others = members.filter((member) => !member.isStringLiteral());
		const options: Schema[] = [];
		if (literals.length > 0) options.push({ type: 'string', enum: literals.map((literal) => literal.value) });
		// `boolean` is the union true | false: one boolean schema for both.
		const seen = new Set<string>();
		for (const member of others) {
			const schema = convert(member, depth);
			const key = JSON.stringify(schema);
			if (!seen.has(key)) options.push(schema);
			seen.add(key);
		}
		if (options.some((option) => Object.keys(option).length === 0)) return {};
		return options.length === 1 ? options[0] : { anyOf: options };
	}
	if (depth >= MAX_DEPTH) return {};
	if (checker.isArrayType(type)) {
		const [element] = checker.getTypeArguments(type as ts.TypeReference);
		return { type: 'array', items: element ? convert(element, depth + 1) : {} };
	}
	if (type.flags & ts.TypeFlags.Object) {
		if (type.getCallSignatures().length > 0) return {};
		const properties: Schema = {};
		const required: string[] = [];
		for (const property of checker.getPropertiesOfType(type)) {
			const declaration = property.valueDeclaration ?? property.declarations?.[0];
			if (!declaration) continue;
			const schema = convert(checker.getTypeOfSymbolAtLocation(property, declaration), depth + 1);
			const description = describe(property);
			properties[property.name] = description ? { description, ...schema } : schema;
			if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
		}
		const index = checker.getIndexInfosOfType(type)[0];
		const schema: Schema = { type: 'object', properties, additionalProperties: index ? convert(index.type, depth + 1) : true };
		if (required.length > 0) schema.required = required;
		return schema;
	}
	return {};
}

const properties: Schema = {};
for (const member of base.members) {
	if (!ts.isPropertySignature(member) || !member.name || !ts.isIdentifier(member.name)) continue;
	const symbol = checker.getSymbolAtLocation(member.name);
	if (!symbol) continue;
	const schema = convert(checker.getTypeAtLocation(member), 1);
	const description = describe(symbol);
	properties[member.name.text] = description ? { description, ...schema } : schema;
}
properties.stream = {
	description:
		'If set to true, the model response data will be streamed to the client as it is generated using server-sent events (named events such as response.output_text.delta, ending with response.completed).',
	type: ['boolean', 'null'],
};

const version = (await import(join(root, 'node_modules', 'openai', 'version.js'))).VERSION as string;
const schema = {
	$schema: 'http://json-schema.org/draft-07/schema#',
	title: 'Responses API request body (POST /openai/v1/responses)',
	description: `Derived by scripts/extract-responses-schema.ts from the openai npm package ${version} (ResponseCreateParamsBase).`,
	type: 'object',
	additionalProperties: true,
	properties,
};
writeFileSync(out, JSON.stringify(schema, null, '\t') + '\n');
console.log(`Wrote ${out}: ${Object.keys(properties).length} properties, ${Buffer.byteLength(JSON.stringify(schema))} bytes.`);
