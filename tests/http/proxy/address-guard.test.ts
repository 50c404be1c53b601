/**
 * The production fetch's connect-time address guard, end to end through the proxy: a valid Azure
 * host name whose DNS answer (staged by an injected resolver) points inside is refused when
 * connecting, even though the name itself passed validation. This is the DNS rebinding defence.
 */
import type { LookupAddress } from 'node:dns';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/lib/proxy/config.ts';
import { createProductionFetch, type ProductionFetch } from '../../../src/lib/proxy/production-fetch.ts';
import { azureRun, startHarness, type Harness } from './support/proxy-harness.ts';

let open: Array<Harness | ProductionFetch> = [];
afterEach(async () => {
	await Promise.all(open.map((item) => item.close()));
	open = [];
});

async function proxyResolvingTo(addresses: LookupAddress[], allowPrivateRanges = false) {
	const asked: string[] = [];
	const production = createProductionFetch({ ...DEFAULT_CONFIG, allowPrivateRanges, connectTimeoutMs: 1000 }, async (host) => {
		asked.push(host);
		return addresses;
	});
	const h = await startHarness({ azureFetch: production.fetch, config: { allowPrivateRanges } });
	open.push(h, production);
	return { h, asked };
}

describe('connect-time address guard', () => {
	it.each([
		['loopback', [{ address: '127.0.0.1', family: 4 }]],
		['cloud metadata', [{ address: '169.254.169.254', family: 4 }]],
		['RFC 1918', [{ address: '10.0.0.7', family: 4 }]],
		['IPv6 loopback', [{ address: '::1', family: 6 }]],
		['IPv4-mapped IPv6', [{ address: '::ffff:127.0.0.1', family: 6 }]],
		[
			'public and private mixed',
			[
				{ address: '20.42.6.1', family: 4 },
				{ address: '192.168.0.10', family: 4 },
			],
		],
	])('refuses %s with 502 upstream_unreachable, after resolving at connect time', async (_name, addresses) => {
		const { h, asked } = await proxyResolvingTo(addresses);
		const response = await h.run(azureRun('gpt-5-mini', 'k'));
		const problem = await response.json();
		expect(problem).toMatchObject({ status: 502, code: 'upstream_unreachable' });
		expect(problem.detail).toContain('my-resource.openai.azure.com resolves to a private, loopback or otherwise non-public address');
		expect(asked).toContain('my-resource.openai.azure.com');
	});

	it('with PROXY_ALLOW_PRIVATE_RANGES a private address is contacted (connection refused here), loopback still is not', async () => {
		const priv = await proxyResolvingTo([{ address: '10.255.255.1', family: 4 }], true);
		const privateAnswer = await (await priv.h.run(azureRun('gpt-5-mini', 'k'))).json();
		// Not refused by the guard: the connection was attempted (and fails or times out on this machine).
		expect(privateAnswer.detail).not.toContain('non-public address');
		expect(['upstream_unreachable', 'upstream_timeout']).toContain(privateAnswer.code);

		const loop = await proxyResolvingTo([{ address: '127.0.0.1', family: 4 }], true);
		const loopAnswer = await (await loop.h.run(azureRun('gpt-5-mini', 'k'))).json();
		expect(loopAnswer.detail).toContain('non-public address');
	});
});
