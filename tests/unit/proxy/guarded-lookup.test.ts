import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { BlockedAddressError, createGuardedLookup, type Resolver } from '../../../src/lib/proxy/guarded-lookup.ts';

function staged(answers: Record<string, LookupAddress[]>): { resolve: Resolver; asked: string[] } {
	const asked: string[] = [];
	return {
		asked,
		resolve: async (hostname) => {
			asked.push(hostname);
			const found = answers[hostname];
			if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
			return found;
		},
	};
}

function lookupOnce(lookup: ReturnType<typeof createGuardedLookup>, host: string, options: object): Promise<{ error: NodeJS.ErrnoException | null; address: unknown; family?: number }> {
	return new Promise((resolve) => lookup(host, options, (error, address, family) => resolve({ error, address, family })));
}

describe('guarded lookup (connect-time DNS check)', () => {
	it('passes public answers through in both callback shapes', async () => {
		const { resolve } = staged({ 'res.openai.azure.com': [{ address: '20.42.6.1', family: 4 }] });
		const lookup = createGuardedLookup(resolve, { allowPrivate: false });
		expect(await lookupOnce(lookup, 'res.openai.azure.com', {})).toEqual({ error: null, address: '20.42.6.1', family: 4 });
		expect(await lookupOnce(lookup, 'res.openai.azure.com', { all: true })).toEqual({ error: null, address: [{ address: '20.42.6.1', family: 4 }], family: undefined });
	});

	it.each([
		['loopback', '127.0.0.1', 4],
		['metadata', '169.254.169.254', 4],
		['private', '10.1.2.3', 4],
		['CGNAT', '100.64.1.1', 4],
		['IPv6 loopback', '::1', 6],
		['IPv4-mapped', '::ffff:10.0.0.1', 6],
		['NAT64', '64:ff9b::a00:1', 6],
		['6to4', '2002:a00:1::1', 6],
		['ULA', 'fd00::1', 6],
	])('refuses a name that resolves to %s', async (_name, address, family) => {
		const { resolve } = staged({ 'rebind.openai.azure.com': [{ address, family }] });
		const result = await lookupOnce(createGuardedLookup(resolve, { allowPrivate: false }), 'rebind.openai.azure.com', { all: true });
		expect(result.error).toBeInstanceOf(BlockedAddressError);
		expect(result.error?.code).toBe('ERR_PROXY_BLOCKED_ADDRESS');
	});

	it('refuses a mixed answer (one public, one internal): a rebinding signature', async () => {
		const { resolve } = staged({
			'mixed.openai.azure.com': [
				{ address: '20.42.6.1', family: 4 },
				{ address: '127.0.0.1', family: 4 },
			],
		});
		const result = await lookupOnce(createGuardedLookup(resolve, { allowPrivate: false }), 'mixed.openai.azure.com', { all: true });
		expect(result.error).toBeInstanceOf(BlockedAddressError);
	});

	it('checks on every connection, so a later rebind is caught', async () => {
		let answer = '20.42.6.1';
		const asked: string[] = [];
		const lookup = createGuardedLookup(
			async (host) => {
				asked.push(host);
				return [{ address: answer, family: 4 }];
			},
			{ allowPrivate: false },
		);
		expect((await lookupOnce(lookup, 'flip.openai.azure.com', {})).error).toBeNull();
		answer = '169.254.169.254';
		expect((await lookupOnce(lookup, 'flip.openai.azure.com', {})).error).toBeInstanceOf(BlockedAddressError);
		expect(asked).toEqual(['flip.openai.azure.com', 'flip.openai.azure.com']);
	});

	it('allows private ranges only when configured, never loopback or metadata', async () => {
		const { resolve } = staged({ 'pe.openai.azure.com': [{ address: '10.0.0.5', family: 4 }], 'meta.openai.azure.com': [{ address: '169.254.169.254', family: 4 }] });
		const lookup = createGuardedLookup(resolve, { allowPrivate: true });
		expect((await lookupOnce(lookup, 'pe.openai.azure.com', {})).address).toBe('10.0.0.5');
		expect((await lookupOnce(lookup, 'meta.openai.azure.com', {})).error).toBeInstanceOf(BlockedAddressError);
	});

	it('filters by the requested family and reports DNS failures as they are', async () => {
		const { resolve } = staged({ 'v6.openai.azure.com': [{ address: '2603:1030:40b::5', family: 6 }] });
		const lookup = createGuardedLookup(resolve, { allowPrivate: false });
		expect((await lookupOnce(lookup, 'v6.openai.azure.com', { family: 4 })).error?.code).toBe('ENOTFOUND');
		expect((await lookupOnce(lookup, 'v6.openai.azure.com', { family: 6 })).address).toBe('2603:1030:40b::5');
		expect((await lookupOnce(lookup, 'nope.openai.azure.com', {})).error?.code).toBe('ENOTFOUND');
	});
});
