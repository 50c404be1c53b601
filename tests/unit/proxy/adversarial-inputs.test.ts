/**
 * Adversarial inputs, table-driven: every one must be refused before anything is fetched.
 * Each row is checked twice: by the shared validator (what the browser uses) and through the
 * whole proxy core (what the server enforces), which must answer 400 naming the field.
 */
import { describe, expect, it } from 'vitest';
import { validateApiVersion, validateDeployment, validateEndpoint } from '../../../src/lib/azure/target.ts';
import { azureBody, makeDeps, recordingFetch, run, runRequest } from './support/fake-deps.ts';
import { handleRun } from '../../../src/lib/proxy/handle-run.ts';

const ENDPOINTS: Array<[string, unknown]> = [
	// Wrong or missing scheme
	['plain http', 'http://res.openai.azure.com'],
	['ftp', 'ftp://res.openai.azure.com'],
	['javascript', 'javascript:alert(1)'],
	['file', 'file:///etc/passwd'],
	['scheme-relative', '//res.openai.azure.com'],
	['no scheme', 'res.openai.azure.com'],
	['triple slash', 'https:///res.openai.azure.com'],
	['backslashes', 'https:\\\\res.openai.azure.com'],
	['data url', 'data:text/html,<script>alert(1)</script>'],
	// IP literals in every notation
	['IPv4 loopback', 'https://127.0.0.1'],
	['IPv4 decimal', 'https://2130706433'],
	['IPv4 hex', 'https://0x7f000001'],
	['IPv4 octal dotted', 'https://0177.0.0.1'],
	['IPv4 hex dotted', 'https://0x7f.0.0.1'],
	['IPv4 short form', 'https://127.1'],
	['IPv4 three parts', 'https://127.0.1'],
	['IPv4 long octal', 'https://017700000001'],
	['IPv4 zero', 'https://0'],
	['IPv4 any', 'https://0.0.0.0'],
	['IPv4 private', 'https://10.0.0.1'],
	['metadata IPv4', 'https://169.254.169.254'],
	['metadata path', 'https://169.254.169.254/latest/meta-data/'],
	['IPv6 loopback bracketed', 'https://[::1]'],
	['IPv6 loopback bare', 'https://::1'],
	['IPv6 long loopback', 'https://[0:0:0:0:0:0:0:1]'],
	['IPv4-mapped IPv6', 'https://[::ffff:127.0.0.1]'],
	['IPv6 metadata', 'https://[fd00:ec2::254]'],
	['IPv6 with zone', 'https://[fe80::1%25eth0]'],
	['IPv6 with port', 'https://[::1]:443'],
	['IPv4 with port', 'https://127.0.0.1:8080'],
	// Userinfo and ports
	['userinfo', 'https://user:pass@res.openai.azure.com'],
	['userinfo pointing away', 'https://res.openai.azure.com@evil.example'],
	['userinfo prefix', 'https://evil.example@res.openai.azure.com'],
	['port 443', 'https://res.openai.azure.com:443'],
	['port 8443', 'https://res.openai.azure.com:8443'],
	['empty port', 'https://res.openai.azure.com:'],
	// Paths, queries and fragments
	['path', 'https://res.openai.azure.com/openai'],
	['full path', 'https://res.openai.azure.com/openai/deployments/x/chat/completions?api-version=2024-10-21'],
	['double slash', 'https://res.openai.azure.com//'],
	['dot path', 'https://res.openai.azure.com/.'],
	['dotdot path', 'https://res.openai.azure.com/..'],
	['query', 'https://res.openai.azure.com?x=1'],
	['slash query', 'https://res.openai.azure.com/?api-version=1'],
	['fragment', 'https://res.openai.azure.com#frag'],
	['slash fragment', 'https://res.openai.azure.com/#'],
	// Suffix tricks
	['suffix then other domain', 'https://res.openai.azure.com.evil.example'],
	['bare suffix', 'https://openai.azure.com'],
	['empty label', 'https://.openai.azure.com'],
	['two labels', 'https://a.b.openai.azure.com'],
	['deep labels', 'https://x.y.z.cognitiveservices.azure.com'],
	['suffix in path', 'https://evil.example/res.openai.azure.com'],
	['suffix in query', 'https://evil.example?res.openai.azure.com'],
	['suffix in fragment', 'https://evil.example#res.openai.azure.com'],
	['suffix glued', 'https://resopenai.azure.com'],
	['suffix hyphenated', 'https://res-openai.azure.com'],
	['trailing dot', 'https://res.openai.azure.com.'],
	['two trailing dots', 'https://res.openai.azure.com..'],
	['other azure host', 'https://res.azure.com'],
	['azure china', 'https://res.openai.azure.cn'],
	['typo tld', 'https://res.openai.azure.co'],
	['openai.com', 'https://api.openai.com'],
	['localhost', 'https://localhost'],
	['gcp metadata host', 'https://metadata.google.internal'],
	['blob host', 'https://res.blob.core.windows.net'],
	// Encodings and look-alikes
	['percent dot', 'https://res%2eopenai.azure.com'],
	['percent letter', 'https://%72es.openai.azure.com'],
	['percent slash', 'https://res.openai.azure.com%2f'],
	['punycode', 'https://xn--80ak6aa92e.openai.azure.com'],
	['cyrillic a', 'https://\u0430pple.openai.azure.com'],
	['ideographic full stop', 'https://res\u3002openai.azure.com'],
	['fullwidth dot', 'https://res\uff0eopenai.azure.com'],
	['fullwidth letter', 'https://\uff52es.openai.azure.com'],
	['zero-width space', 'https://re\u200bs.openai.azure.com'],
	// Whitespace and control characters
	['CRLF header injection', 'https://res.openai.azure.com\r\nX-Injected: 1'],
	['space inside', 'https://res .openai.azure.com'],
	['NUL', 'https://res.openai.azure.com\u0000'],
	['trailing LF', 'https://res.openai.azure.com\n'],
	['line separator', 'https://res.openai.azure.com\u2028'],
	['DEL', 'https://res.openai.azure.com\u007f'],
	// Label shape and length
	['leading hyphen', 'https://-res.openai.azure.com'],
	['trailing hyphen', 'https://res-.openai.azure.com'],
	['underscore', 'https://re_s.openai.azure.com'],
	['label too long', `https://${'a'.repeat(64)}.openai.azure.com`],
	['overlong input', `https://res.openai.azure.com${'/'.repeat(300)}`],
	['overlong host', `https://${'a'.repeat(300)}`],
	['empty', ''],
	['spaces only', '   '],
	['scheme only', 'https://'],
	['backslash userinfo', 'https://res.openai.azure.com\\@evil.example'],
	// Not a string
	['number', 42],
	['null', null],
	['array', ['https://res.openai.azure.com']],
	['object', { host: 'res.openai.azure.com' }],
];

const DEPLOYMENTS: Array<[string, unknown]> = [
	['empty', ''],
	['dotdot', '..'],
	['dot', '.'],
	['traversal', '../x'],
	['nested traversal', 'gpt-4o-mini/../../x'],
	['slash', 'a/b'],
	['question mark', 'a?b'],
	['hash', 'a#b'],
	['percent slash', 'a%2fb'],
	['percent dots', '%2e%2e'],
	['space', 'a b'],
	['leading space', ' gpt-4o-mini'],
	['trailing space', 'gpt-4o-mini '],
	['tab', 'a\tb'],
	['LF', 'a\nb'],
	['CRLF', 'a\r\nb'],
	['NUL', 'a\u0000'],
	['too long', 'x'.repeat(65)],
	['non-ASCII', 'modèle'],
	['unicode hyphen', 'gpt\u20104o'],
	['backslash', 'a\\b'],
	['leading hyphen', '-a'],
	['trailing dot', 'a.'],
	['double dot inside', 'a..b'],
	['semicolon', 'a;b'],
	['ampersand', 'a&b'],
	['equals', 'a=b'],
	['colon', 'a:b'],
	['at', '@x'],
	['markup', '<script>'],
	['quote', 'a"b'],
	['plus', 'a+b'],
	['number', 42],
	['null', null],
	['object', {}],
];

const API_VERSIONS: Array<[string, unknown]> = [
	['empty', ''],
	['word', 'latest'],
	['extra query', '2024-10-21&x=1'],
	['fragment', '2024-10-21#'],
	['traversal', '2024-10-21/..'],
	['trailing space', '2024-10-21 '],
	['leading space', ' 2024-10-21'],
	['CRLF', '2024-10-21\r\n'],
	['percent NUL', '2024-10-21%00'],
	['uppercase preview', '2024-10-21-Preview'],
	['uppercase v1', 'V1'],
	['v2', 'v2'],
	['v1 slash', 'v1/'],
	['month 13', '2024-13-01'],
	['month 00', '2024-00-10'],
	['day 32', '2024-10-32'],
	['short month', '2024-1-01'],
	['two-digit year', '24-10-21'],
	['double preview', '2024-10-21-preview-preview'],
	['query injection', '2024-10-21?api-version=x'],
	// Bare `preview` is valid (the v1 API's preview channel); near misses of it are not.
	['uppercase bare preview', 'Preview'],
	['v1-preview', 'v1-preview'],
	['preview with trailing space', 'preview '],
	['preview with extra query', 'preview&x=1'],
	['number', 20241021],
	['null', null],
];

describe('adversarial endpoints are refused', () => {
	it.each(ENDPOINTS)('%s', async (_name, endpoint) => {
		expect(validateEndpoint(endpoint).ok).toBe(false);
		const { fetch, calls } = recordingFetch();
		const response = await run(azureBody({ target: { endpoint } }), makeDeps({ fetch }));
		expect(response.status).toBe(400);
		const problem = await response.json();
		expect(problem).toMatchObject({ code: 'invalid_field' });
		expect(['target.endpoint']).toContain(problem.field);
		expect(calls).toHaveLength(0);
	});
});

describe('adversarial deployment names are refused', () => {
	it.each(DEPLOYMENTS)('%s', async (_name, deployment) => {
		expect(validateDeployment(deployment).ok).toBe(false);
		const { fetch, calls } = recordingFetch();
		const response = await run(azureBody({ target: { deployment } }), makeDeps({ fetch }));
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({ code: 'invalid_field', field: 'target.deployment' });
		expect(calls).toHaveLength(0);
	});
});

describe('adversarial api-versions are refused', () => {
	it.each(API_VERSIONS)('%s', async (_name, apiVersion) => {
		expect(validateApiVersion(apiVersion).ok).toBe(false);
		const { fetch, calls } = recordingFetch();
		const response = await run(azureBody({ target: { apiVersion } }), makeDeps({ fetch }));
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({ code: 'invalid_field', field: 'target.apiVersion' });
		expect(calls).toHaveLength(0);
	});
});

const AUTH: Array<[string, unknown, string]> = [
	['key with CRLF', { type: 'api-key', key: 'abc\r\nX-Evil: 1' }, 'auth.key'],
	['key with LF', { type: 'api-key', key: 'abc\ndef' }, 'auth.key'],
	['key with NUL', { type: 'api-key', key: 'abc\u0000' }, 'auth.key'],
	['key with space', { type: 'api-key', key: 'abc def' }, 'auth.key'],
	['key non-ASCII', { type: 'api-key', key: 'cl\u00e9secr\u00e8te' }, 'auth.key'],
	['key too long', { type: 'api-key', key: 'k'.repeat(513) }, 'auth.key'],
	['key empty', { type: 'api-key', key: '' }, 'auth.key'],
	['key number', { type: 'api-key', key: 12345 }, 'auth.key'],
	['token with Bearer prefix', { type: 'bearer', token: 'Bearer eyJ0' }, 'auth.token'],
	['token with LF', { type: 'bearer', token: 'eyJ0\nX: 1' }, 'auth.token'],
	['token too long', { type: 'bearer', token: 't'.repeat(8193) }, 'auth.token'],
	['unknown type', { type: 'basic', user: 'a', password: 'b' }, 'auth.type'],
	['missing for Azure', undefined, 'auth'],
	['string instead of object', 'api-key abc', 'auth'],
	['extra field', { type: 'api-key', key: 'abc', endpoint: 'https://evil.example' }, 'auth.endpoint'],
	['CR in type', { type: 'api-key\r', key: 'abc' }, 'auth.type'],
];

describe('adversarial auth values are refused', () => {
	it.each(AUTH)('%s', async (_name, auth, field) => {
		const { fetch, calls } = recordingFetch();
		const response = await run(azureBody({ auth }), makeDeps({ fetch }));
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({ code: 'invalid_field', field });
		expect(calls).toHaveLength(0);
	});
});

const REQUEST_HEADERS: Array<[string, Record<string, string>, number, string]> = [
	['text/plain', { 'content-type': 'text/plain' }, 415, 'unsupported_media_type'],
	['form', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'unsupported_media_type'],
	['multipart', { 'content-type': 'multipart/form-data; boundary=x' }, 415, 'unsupported_media_type'],
	['json-patch', { 'content-type': 'application/json-patch+json' }, 415, 'unsupported_media_type'],
	['jsonp', { 'content-type': 'application/jsonp' }, 415, 'unsupported_media_type'],
	['foreign origin', { origin: 'http://evil.test' }, 403, 'forbidden_origin'],
	['null origin', { origin: 'null' }, 403, 'forbidden_origin'],
	['look-alike origin', { origin: 'http://site.test.evil.test' }, 403, 'forbidden_origin'],
	['origin with explicit port', { origin: 'http://site.test:80' }, 403, 'forbidden_origin'],
	['other scheme', { origin: 'https://site.test' }, 403, 'forbidden_origin'],
	['uppercase origin', { origin: 'HTTP://SITE.TEST' }, 403, 'forbidden_origin'],
	['origin with path', { origin: 'http://site.test/' }, 403, 'forbidden_origin'],
	['right origin, cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 403, 'forbidden_origin'],
	['same-site subdomain', { 'sec-fetch-site': 'same-site' }, 403, 'forbidden_origin'],
];

describe('adversarial request headers are refused', () => {
	it.each(REQUEST_HEADERS)('%s', async (_name, headers, status, code) => {
		const { fetch, calls } = recordingFetch();
		const response = await run(azureBody(), makeDeps({ fetch }), headers);
		expect(response.status).toBe(status);
		expect(await response.json()).toMatchObject({ code });
		expect(calls).toHaveLength(0);
	});

	it('refuses a request with neither Origin nor Sec-Fetch-Site', async () => {
		const { fetch, calls } = recordingFetch();
		const request = new Request('http://site.test/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(azureBody()) });
		const response = await handleRun(request, makeDeps({ fetch }));
		expect(response.status).toBe(403);
		expect(calls).toHaveLength(0);
	});

	it('has at least 100 adversarial rows in all', () => {
		expect(ENDPOINTS.length + DEPLOYMENTS.length + API_VERSIONS.length + AUTH.length + REQUEST_HEADERS.length).toBeGreaterThanOrEqual(100);
	});
});

describe('the same rows are not accidentally refused for another reason', () => {
	it('accepts the baseline request the rows are derived from', async () => {
		const { fetch, calls } = recordingFetch();
		const response = await handleRun(runRequest(azureBody()), makeDeps({ fetch }));
		expect(response.status).toBe(200);
		expect(calls).toHaveLength(1);
	});
});
