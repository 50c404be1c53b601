// The editor's Responses request schema (derived from the openai package's types by
// scripts/extract-responses-schema.ts) accepts the bodies the guide and the tests send, completes
// the fields the package declares, and flags a wrong type, as the editor will.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { RESPONSES_BODY, RESPONSES_STREAM_BODY } from './support/cases.ts';
import { REPO } from './support/run-snippet.ts';

const schema = JSON.parse(readFileSync(join(REPO, 'src/client/runnable/schemas/responses-request.json'), 'utf8')) as { properties: Record<string, { description?: string }> };
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

describe('the Responses request schema', () => {
	it('accepts real request bodies', () => {
		const bodies = [
			{ input: 'Summarize in one sentence: taxi 48.50 EUR.', store: false, stream: true },
			{ input: [{ role: 'user', content: 'Hi' }], instructions: 'Be brief.', max_output_tokens: 200, reasoning: { effort: 'low' }, model: 'gpt-5-mini' },
			{ input: [{ role: 'user', content: [{ type: 'input_text', text: 'Hi' }] }], text: { format: { type: 'text' } }, metadata: { team: 'docs' } },
			RESPONSES_BODY,
			RESPONSES_STREAM_BODY,
		];
		for (const body of bodies) expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
	});

	it('describes the fields the openai package declares, for completion and hover', () => {
		for (const name of ['input', 'instructions', 'max_output_tokens', 'reasoning', 'store', 'stream', 'text', 'tools', 'previous_response_id']) {
			expect(schema.properties[name]?.description, name).toBeTruthy();
		}
	});

	it('flags wrong types and values', () => {
		expect(validate({ input: 'Hi', store: 'yes' })).toBe(false);
		expect(validate({ input: 'Hi', max_output_tokens: 'many' })).toBe(false);
		expect(validate({ input: 'Hi', reasoning: { effort: 'extreme' } })).toBe(false);
	});
});
