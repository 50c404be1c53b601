import { describe, expect, it } from 'vitest';
import {
	ALL_API_VERSIONS,
	API_VERSIONS,
	DEFAULT_API_VERSION,
	buildUpstreamUrl,
	isV1,
	validateApiVersion,
	validateDeployment,
	validateEndpoint,
	validateOperation,
} from '../../../src/lib/azure/target.ts';

describe('validateEndpoint', () => {
	it.each([
		['https://my-resource.openai.azure.com', 'https://my-resource.openai.azure.com'],
		['https://my-resource.openai.azure.com/', 'https://my-resource.openai.azure.com'],
		['  https://contoso.cognitiveservices.azure.com/ ', 'https://contoso.cognitiveservices.azure.com'],
		['https://foundry-1.services.ai.azure.com', 'https://foundry-1.services.ai.azure.com'],
		['HTTPS://My-Resource.OpenAI.Azure.COM', 'https://my-resource.openai.azure.com'],
	])('accepts %j as %s', (raw, origin) => {
		expect(validateEndpoint(raw)).toEqual({ ok: true, origin, value: origin });
	});

	it('explains a missing scheme, http and a path with reader-facing sentences', () => {
		const noScheme = validateEndpoint('my-resource.openai.azure.com');
		expect(noScheme.ok).toBe(false);
		if (!noScheme.ok) expect(noScheme.message).toMatch(/must start with https:\/\//);
		const http = validateEndpoint('http://my-resource.openai.azure.com');
		if (http.ok) throw new Error('http accepted');
		expect(http.message).toMatch(/must use https/);
		const path = validateEndpoint('https://my-resource.openai.azure.com/openai/deployments/x');
		if (path.ok) throw new Error('path accepted');
		expect(path.message).toMatch(/without a path/);
		expect(path.message).toMatch(/\.$/);
	});

	it('explains a host outside Azure', () => {
		const result = validateEndpoint('https://api.openai.com');
		if (result.ok) throw new Error('foreign host accepted');
		expect(result.message).toContain('.openai.azure.com');
	});

	it('refuses non-string input', () => {
		expect(validateEndpoint(42).ok).toBe(false);
		expect(validateEndpoint(null).ok).toBe(false);
	});
});

describe('validateDeployment', () => {
	it.each(['gpt-4o-mini', 'text-embedding-3-small', 'my_deploy.v2', 'A', 'fault-stall-midstream', 'x'.repeat(64)])('accepts %s', (name) => {
		expect(validateDeployment(name)).toEqual({ ok: true, value: name });
	});

	it('names the offending character', () => {
		const result = validateDeployment('a/b');
		if (result.ok) throw new Error('slash accepted');
		expect(result.message).toContain('"/"');
	});
});

describe('validateApiVersion', () => {
	it('accepts every listed version and classifies it', () => {
		for (const version of API_VERSIONS.ga) expect(validateApiVersion(version)).toEqual({ ok: true, value: version, kind: 'ga' });
		for (const version of API_VERSIONS.preview) expect(validateApiVersion(version)).toEqual({ ok: true, value: version, kind: 'preview' });
		expect(validateApiVersion('v1')).toEqual({ ok: true, value: 'v1', kind: 'v1' });
		expect(validateApiVersion('preview')).toEqual({ ok: true, value: 'preview', kind: 'v1-preview' });
	});

	it('treats preview as the v1 API and accepts only the exact strings', () => {
		expect(isV1('preview')).toBe(true);
		expect(isV1('v1')).toBe(true);
		expect(isV1('2025-04-01-preview')).toBe(false);
		for (const near of ['Preview', 'PREVIEW', ' preview', 'preview ', 'v1-preview', 'v1 preview', 'V1', '-preview']) {
			expect(validateApiVersion(near).ok, near).toBe(false);
			expect(isV1(near), near).toBe(false);
		}
	});

	it('accepts an unknown but well-formed dated version (Azure answers for those)', () => {
		expect(validateApiVersion('2023-05-15').ok).toBe(true);
	});

	it('lists newest first with the current GA as default', () => {
		expect(DEFAULT_API_VERSION).toBe('2024-10-21');
		expect(API_VERSIONS.preview[0]).toBe('2025-04-01-preview');
		const sorted = [...API_VERSIONS.preview].sort().reverse();
		expect(API_VERSIONS.preview).toEqual(sorted);
		expect(ALL_API_VERSIONS[0]).toBe('v1');
		expect(ALL_API_VERSIONS[1]).toBe('preview');
		expect(API_VERSIONS.v1Preview).toBe('preview');
	});

	it('refuses malformed versions with a hint', () => {
		const result = validateApiVersion('latest');
		if (result.ok) throw new Error('accepted');
		expect(result.message).toContain('2024-10-21');
		expect(validateApiVersion('2024-13-01').ok).toBe(false);
	});
});

describe('validateOperation', () => {
	it('defaults to chat/completions and accepts embeddings', () => {
		expect(validateOperation(undefined)).toEqual({ ok: true, value: 'chat/completions' });
		expect(validateOperation('embeddings')).toEqual({ ok: true, value: 'embeddings' });
		expect(validateOperation('images/generations').ok).toBe(false);
	});
});

describe('buildUpstreamUrl', () => {
	it('builds the dated deployments URL', () => {
		expect(buildUpstreamUrl({ origin: 'https://r.openai.azure.com', deployment: 'gpt-4o-mini', apiVersion: '2024-10-21', operation: 'chat/completions' })).toBe(
			'https://r.openai.azure.com/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21',
		);
	});

	it('builds the v1 URL without deployment in the path', () => {
		expect(buildUpstreamUrl({ origin: 'https://r.openai.azure.com', deployment: 'emb', apiVersion: 'v1', operation: 'embeddings' })).toBe('https://r.openai.azure.com/openai/v1/embeddings');
	});

	it('builds the v1 preview URL with api-version=preview', () => {
		expect(buildUpstreamUrl({ origin: 'https://r.openai.azure.com', deployment: 'gpt-4o-mini', apiVersion: 'preview', operation: 'chat/completions' })).toBe(
			'https://r.openai.azure.com/openai/v1/chat/completions?api-version=preview',
		);
	});

	it('throws when handed parts that never passed validation', () => {
		expect(() => buildUpstreamUrl({ origin: 'https://r.openai.azure.com', deployment: '../x', apiVersion: '2024-10-21', operation: 'chat/completions' })).toThrow(TypeError);
		expect(() => buildUpstreamUrl({ origin: 'https://r.openai.azure.com', deployment: 'x', apiVersion: '2024-10-21&x=1', operation: 'chat/completions' })).toThrow(TypeError);
	});
});
