import { describe, expect, it } from 'vitest';
import { checkAddress, parseIPv6 } from '../../../src/lib/proxy/address-policy.ts';

const ALWAYS_REFUSED = [
	'0.0.0.0',
	'0.1.2.3',
	'127.0.0.1',
	'127.255.255.254',
	'169.254.169.254',
	'169.254.0.1',
	'100.64.0.1',
	'100.127.255.255',
	'192.0.0.8',
	'192.0.2.1',
	'198.18.0.1',
	'198.51.100.7',
	'203.0.113.5',
	'224.0.0.1',
	'239.255.255.250',
	'240.0.0.1',
	'255.255.255.255',
	'::',
	'::1',
	'0:0:0:0:0:0:0:1',
	'::ffff:127.0.0.1',
	'::ffff:7f00:1',
	'::ffff:8.8.8.8',
	'::127.0.0.1',
	'64:ff9b::7f00:1',
	'64:ff9b::8.8.8.8',
	'2002:7f00:1::',
	'2001:0:4136:e378:8000:63bf:3fff:fdd2',
	'2001:db8::1',
	'fd00:ec2::254',
	'fe80::1',
	'fe80::1%eth0',
	'fec0::1',
	'ff02::1',
	'100::1',
];
const PRIVATE = ['10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.255', '192.168.1.10', 'fc00::1', 'fd12:3456::1'];
const PUBLIC = ['20.42.6.1', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2603:1030:40b::5', '2a01:111:f100::1'];

describe('checkAddress', () => {
	it.each(ALWAYS_REFUSED)('always refuses %s', (address) => {
		expect(checkAddress(address, { allowPrivate: false }).ok).toBe(false);
		expect(checkAddress(address, { allowPrivate: true }).ok).toBe(false);
	});

	it.each(PRIVATE)('refuses private %s unless private ranges are allowed', (address) => {
		expect(checkAddress(address, { allowPrivate: false })).toMatchObject({ ok: false });
		expect(checkAddress(address, { allowPrivate: true })).toEqual({ ok: true });
	});

	it.each(PUBLIC)('accepts public %s', (address) => {
		expect(checkAddress(address, { allowPrivate: false })).toEqual({ ok: true });
	});

	it('names the reason, e.g. the metadata address', () => {
		expect(checkAddress('169.254.169.254', { allowPrivate: true })).toEqual({ ok: false, reason: 'the cloud metadata address' });
		expect(checkAddress('fd00:ec2::254', { allowPrivate: true })).toEqual({ ok: false, reason: 'the cloud metadata address' });
	});

	it('refuses text that is not an address', () => {
		expect(checkAddress('localhost', { allowPrivate: true }).ok).toBe(false);
		expect(checkAddress('1.2.3', { allowPrivate: false }).ok).toBe(false);
	});
});

describe('parseIPv6', () => {
	it('parses compressed, full and dotted-tail forms to the same value', () => {
		expect(parseIPv6('::ffff:127.0.0.1')).toBe(parseIPv6('0:0:0:0:0:ffff:7f00:1'));
		expect(parseIPv6('::1')).toBe(1n);
		expect(parseIPv6('2001:db8::')).toBe(0x20010db8n << 96n);
	});

	it('rejects malformed text', () => {
		for (const bad of ['1::2::3', '12345::', 'g::1', '1:2:3:4:5:6:7:8:9', '::ffff:1.2.3.256']) expect(parseIPv6(bad)).toBeNull();
	});
});
