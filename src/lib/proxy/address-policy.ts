/**
 * Which resolved IP addresses the proxy may connect to. Checked at connect time (see
 * guarded-lookup.ts), so a name that resolved to a public address during validation cannot
 * rebind to an internal one for the actual connection.
 *
 * Always refused: unspecified, loopback, link-local (incl. cloud metadata 169.254.169.254 and
 * fd00:ec2::254), multicast, reserved and documentation ranges, CGNAT, and IPv6 forms that embed
 * an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo), whose target is hard to judge.
 * Refused unless private ranges are allowed: RFC 1918 and IPv6 unique-local (fc00::/7).
 */

export type AddressVerdict = { ok: true } | { ok: false; reason: string };

interface Range {
	base: bigint;
	bits: number;
	reason: string;
	private?: boolean;
}

function parseIPv4(text: string): bigint | null {
	const parts = text.split('.');
	if (parts.length !== 4) return null;
	let value = 0n;
	for (const part of parts) {
		if (!/^\d{1,3}$/.test(part)) return null;
		const n = Number(part);
		if (n > 255) return null;
		value = (value << 8n) | BigInt(n);
	}
	return value;
}

/** Parses an IPv6 address (with `::`, an optional dotted IPv4 tail and zone id) to 128 bits. */
export function parseIPv6(text: string): bigint | null {
	let address = text.replace(/^\[|\]$/g, '');
	const zone = address.indexOf('%');
	if (zone !== -1) address = address.slice(0, zone);
	const lastColon = address.lastIndexOf(':');
	const last = address.slice(lastColon + 1);
	if (last.includes('.')) {
		// A dotted IPv4 tail (::ffff:127.0.0.1) becomes the last two hex groups.
		const v4 = parseIPv4(last);
		if (v4 === null || lastColon === -1) return null;
		address = `${address.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
	}
	const halves = address.split('::');
	if (halves.length > 2) return null;
	const toGroups = (part: string) => (part === '' ? [] : part.split(':'));
	const head = toGroups(halves[0]!);
	const rest = halves.length === 2 ? toGroups(halves[1]!) : [];
	const groupCount = head.length + rest.length;
	if (halves.length === 1 && groupCount !== 8) return null;
	if (halves.length === 2 && groupCount > 7) return null;
	const groups: bigint[] = [];
	for (const group of [...head, ...Array(halves.length === 2 ? 8 - groupCount : 0).fill('0'), ...rest]) {
		if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null;
		groups.push(BigInt(parseInt(group, 16)));
	}
	if (groups.length !== 8) return null;
	return groups.reduce((value, group) => (value << 16n) | group, 0n);
}

function v4(cidr: string, reason: string, isPrivate = false): Range {
	const [address, bits] = cidr.split('/');
	return { base: parseIPv4(address!)!, bits: Number(bits), reason, private: isPrivate };
}

function v6(cidr: string, reason: string, isPrivate = false): Range {
	const [address, bits] = cidr.split('/');
	return { base: parseIPv6(address!)!, bits: Number(bits), reason, private: isPrivate };
}

const IPV4_RANGES: Range[] = [
	v4('0.0.0.0/8', 'the "this network" range 0.0.0.0/8'),
	v4('10.0.0.0/8', 'a private (RFC 1918) address', true),
	v4('100.64.0.0/10', 'a carrier-grade NAT (100.64.0.0/10) address'),
	v4('127.0.0.0/8', 'a loopback address'),
	v4('169.254.169.254/32', 'the cloud metadata address'),
	v4('169.254.0.0/16', 'a link-local address'),
	v4('172.16.0.0/12', 'a private (RFC 1918) address', true),
	v4('192.0.0.0/24', 'an IETF protocol assignment address'),
	v4('192.0.2.0/24', 'a documentation address'),
	v4('192.88.99.0/24', 'a 6to4 relay address'),
	v4('192.168.0.0/16', 'a private (RFC 1918) address', true),
	v4('198.18.0.0/15', 'a benchmarking address'),
	v4('198.51.100.0/24', 'a documentation address'),
	v4('203.0.113.0/24', 'a documentation address'),
	v4('224.0.0.0/4', 'a multicast address'),
	v4('240.0.0.0/4', 'a reserved address (incl. broadcast)'),
];

const IPV6_RANGES: Range[] = [
	v6('::/128', 'the unspecified address'),
	v6('::1/128', 'a loopback address'),
	v6('::ffff:0:0/96', 'an IPv4-mapped IPv6 address'),
	v6('::/96', 'an IPv4-compatible IPv6 address'),
	v6('64:ff9b::/96', 'a NAT64 address embedding IPv4'),
	v6('64:ff9b:1::/48', 'a local NAT64 address'),
	v6('100::/64', 'a discard-only address'),
	v6('2001::/32', 'a Teredo address embedding IPv4'),
	v6('2001:2::/48', 'a benchmarking address'),
	v6('2001:db8::/32', 'a documentation address'),
	v6('2002::/16', 'a 6to4 address embedding IPv4'),
	v6('fd00:ec2::254/128', 'the cloud metadata address'),
	v6('fc00::/7', 'a unique-local (private) IPv6 address', true),
	v6('fe80::/10', 'a link-local address'),
	v6('fec0::/10', 'a site-local address'),
	v6('ff00::/8', 'a multicast address'),
];

function inRange(value: bigint, range: Range, width: number): boolean {
	const shift = BigInt(width - range.bits);
	return value >> shift === range.base >> shift;
}

function judge(value: bigint, ranges: Range[], width: number, allowPrivate: boolean): AddressVerdict {
	for (const range of ranges) {
		if (!inRange(value, range, width)) continue;
		if (range.private && allowPrivate) return { ok: true };
		return { ok: false, reason: range.reason };
	}
	return { ok: true };
}

/** Decides whether `address` (a resolver result, IPv4 dotted or IPv6 text) may be contacted. */
export function checkAddress(address: string, options: { allowPrivate: boolean }): AddressVerdict {
	const ipv4 = parseIPv4(address);
	if (ipv4 !== null) return judge(ipv4, IPV4_RANGES, 32, options.allowPrivate);
	const ipv6 = parseIPv6(address);
	if (ipv6 === null) return { ok: false, reason: 'not an IP address' };
	// Outside global unicast 2000::/3 (and the private ULA range) nothing is a real endpoint.
	const verdict = judge(ipv6, IPV6_RANGES, 128, options.allowPrivate);
	if (!verdict.ok) return verdict;
	const isGlobalUnicast = ipv6 >> 125n === 1n;
	const isUniqueLocal = ipv6 >> 121n === 0x7en;
	if (isGlobalUnicast || (isUniqueLocal && options.allowPrivate)) return { ok: true };
	return { ok: false, reason: 'an address outside IPv6 global unicast' };
}
