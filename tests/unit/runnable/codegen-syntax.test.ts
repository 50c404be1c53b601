// Every generated snippet parses in its language: node --check, python3 -m py_compile, bash -n.
// (TypeScript is type-checked with tsc in codegen-mock-run.test.ts; C# and Java have no compiler
// here and are checked against reviewed golden files in codegen-golden.test.ts.)
import { afterAll, describe, expect, it } from 'vitest';
import { CODE_LANGUAGES, generateCode, type CodeLanguage } from '../../../src/lib/runnable/codegen.ts';
import { BODIES, TARGETS } from './support/cases.ts';
import { cleanupSnippets, checkSyntax } from './support/run-snippet.ts';

afterAll(cleanupSnippets);

const CHECKER: Partial<Record<CodeLanguage, 'js' | 'python' | 'bash'>> = {
	curl: 'bash',
	'node-fetch': 'js',
	'js-openai': 'js',
	'python-requests': 'python',
	'python-openai': 'python',
};

const hostileTarget = { kind: 'azure' as const, endpoint: 'https://x\'"$(id)`id`.openai.azure.com', deployment: 'd\'"\\\n', apiVersion: 'v1\'"', authType: 'bearer' as const };

const CHECKED = CODE_LANGUAGES.map((entry) => entry.id).filter((id) => CHECKER[id] !== undefined);

describe.each(CHECKED)('%s', (language) => {
	const checker = CHECKER[language]!;
	it.each(Object.keys(TARGETS))(
		'parses for target %s with every body',
		(targetName) => {
			for (const { operation, body } of BODIES) {
				const code = generateCode(language, TARGETS[targetName], operation, body);
				const result = checkSyntax(checker, code);
				expect(result.ok, `${operation} snippet failed to parse:\n${result.output}\n${code}`).toBe(true);
			}
			// One interpreter start per body (seven of them): allow for a busy machine.
		},
		30_000,
	);

	it('parses with hostile target values and an empty body', () => {
		const code = generateCode(language, hostileTarget, 'chat/completions', {});
		const result = checkSyntax(checker, code);
		expect(result.ok, result.output).toBe(true);
	});

	it('the checker really rejects broken code (the check is not vacuous)', () => {
		const code = generateCode(language, TARGETS['azure key, v1'], 'chat/completions', BODIES[0].body);
		// Cut the snippet inside the body literal: an unterminated string or bracket.
		const broken = code.slice(0, code.indexOf('"messages"') > 0 ? code.indexOf('"messages"') + 5 : code.indexOf('messages') + 5);
		expect(checkSyntax(checker, broken).ok).toBe(false);
	});
});
