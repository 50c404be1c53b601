/**
 * One credential check for browser and server: the connection panel (validateConnection) and
 * the proxy (parseRunRequest) refuse exactly the same keys and tokens with the same sentence.
 * They once disagreed on C1 controls and U+2028, which only the server refused.
 */
import { describe, expect, it } from 'vitest';
import { validateCredential } from '../../../src/lib/azure/credential.ts';
import { EMPTY_CONNECTION, validateConnection, type AuthType } from '../../../src/lib/runnable/connection.ts';
import { parseRunRequest } from '../../../src/lib/proxy/parse-run-request.ts';
import { ProblemError } from '../../../src/lib/proxy/problem.ts';

const CASES: [string, string][] = [
	['C1 NEL', 'abc\u0085def'],
	['C1 CSI', 'abc\u009bdef'],
	['U+2028 line separator', 'abc\u2028def'],
	['U+2029 paragraph separator', 'abc\u2029def'],
	['DEL', 'abc\u007fdef'],
	['tab', 'abc\tdef'],
	['space', 'abc def'],
	['non-ASCII letter', 'clé'],
	['too long', 'k'.repeat(9000)],
	['good', 'test-key-123'],
];

function browserVerdict(authType: AuthType, secret: string): string | undefined {
	return validateConnection({ ...EMPTY_CONNECTION, endpoint: 'https://my-resource.openai.azure.com', deployment: 'gpt-4o-mini', authType, secret }).secret;
}

function serverVerdict(authType: AuthType, secret: string): string | undefined {
	const auth = authType === 'api-key' ? { type: 'api-key', key: secret } : { type: 'bearer', token: secret };
	const body = { target: { provider: 'azure-openai', endpoint: 'https://my-resource.openai.azure.com', deployment: 'gpt-4o-mini', apiVersion: '2024-10-21' }, auth, body: { messages: [] } };
	try {
		parseRunRequest(new TextEncoder().encode(JSON.stringify(body)));
		return undefined;
	} catch (error) {
		if (!(error instanceof ProblemError)) throw error;
		expect(error.field).toBe(authType === 'api-key' ? 'auth.key' : 'auth.token');
		return error.message;
	}
}

describe('the shared credential check', () => {
	for (const authType of ['api-key', 'bearer'] as const) {
		it.each(CASES)(`${authType}: %s is judged alike in browser and server`, (_name, secret) => {
			const expected = validateCredential(authType, secret);
			expect(browserVerdict(authType, secret)).toBe(expected.ok ? undefined : expected.message);
			expect(serverVerdict(authType, secret)).toBe(expected.ok ? undefined : expected.message);
		});
	}

	it('refuses C1 controls and U+2028 in the browser too', () => {
		expect(browserVerdict('api-key', 'abc\u0085def')).toBe('The key contains a line break or another control character. Paste it again without them.');
		expect(browserVerdict('api-key', 'abc\u2028def')).toBe('The key contains a line break or another control character. Paste it again without them.');
	});
});
