import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, readProxyConfig } from '../../../src/lib/proxy/config.ts';

describe('readProxyConfig', () => {
	it('uses the defaults for an empty environment', () => {
		expect(readProxyConfig({})).toEqual({ ...DEFAULT_CONFIG, siteOrigin: undefined, mockUrl: undefined, clientIpHeader: undefined });
	});

	it('reads every variable', () => {
		const config = readProxyConfig({
			SITE_ORIGIN: 'https://docs.example.com/',
			MOCK_AZURE_OPENAI_URL: 'http://127.0.0.1:4011',
			PROXY_ALLOW_PRIVATE_RANGES: 'true',
			PROXY_CLIENT_IP_HEADER: 'X-Forwarded-For',
			PROXY_MAX_REQUEST_BYTES: '1024',
			PROXY_IDLE_TIMEOUT_MS: '500',
			PROXY_RATE_LIMIT_PER_MINUTE: '5',
		});
		expect(config).toMatchObject({
			siteOrigin: 'https://docs.example.com',
			mockUrl: 'http://127.0.0.1:4011',
			allowPrivateRanges: true,
			clientIpHeader: 'x-forwarded-for',
			maxRequestBytes: 1024,
			idleTimeoutMs: 500,
			rateLimitPerMinute: 5,
		});
	});

	it('fails with a fix-it message on malformed values', () => {
		expect(() => readProxyConfig({ PROXY_IDLE_TIMEOUT_MS: '10s' })).toThrow(
			'The setting PROXY_IDLE_TIMEOUT_MS must be a positive whole number of milliseconds (unset, it is 600000), but it is "10s".',
		);
		expect(() => readProxyConfig({ PROXY_MAX_REQUEST_BYTES: '-1' })).toThrow('The setting PROXY_MAX_REQUEST_BYTES must be a positive whole number of bytes (unset, it is 262144), but it is "-1".');
		expect(() => readProxyConfig({ PROXY_ALLOW_PRIVATE_RANGES: 'yes' })).toThrow('The setting PROXY_ALLOW_PRIVATE_RANGES must be true or false (unset, it is false), but it is "yes".');
		expect(() => readProxyConfig({ SITE_ORIGIN: 'docs.example.com' })).toThrow(
			'The setting SITE_ORIGIN must be an http(s) origin such as https://docs.example.com, without a path, but it is "docs.example.com".',
		);
		expect(() => readProxyConfig({ SITE_ORIGIN: 'https://docs.example.com/guides' })).toThrow('SITE_ORIGIN must be an http(s) origin');
		expect(() => readProxyConfig({ PROXY_CLIENT_IP_HEADER: 'x forwarded' })).toThrow(
			'The setting PROXY_CLIENT_IP_HEADER must be an HTTP header name such as x-forwarded-for, but it is "x forwarded".',
		);
	});
});
