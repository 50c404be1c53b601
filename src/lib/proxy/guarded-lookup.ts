/**
 * A `lookup` function for undici's connector (same signature as `dns.lookup`) that resolves the
 * host and refuses to connect when any resolved address is not public (see address-policy.ts).
 * Because it runs at connect time, for the address actually used, DNS rebinding cannot slip an
 * internal address past an earlier check. The resolver is injected so tests can stage answers.
 */
import type { LookupAddress, LookupOptions } from 'node:dns';
import { checkAddress } from './address-policy.ts';
import { BLOCKED_ADDRESS_CODE } from './fetch-errors.ts';

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

export class BlockedAddressError extends Error {
	readonly code = BLOCKED_ADDRESS_CODE;
	readonly hostname: string;
	constructor(hostname: string, reason: string) {
		super(`${hostname} resolves to ${reason}; the proxy does not connect there.`);
		this.name = 'BlockedAddressError';
		this.hostname = hostname;
	}
}

export function createGuardedLookup(resolve: Resolver, options: { allowPrivate: boolean }) {
	return function guardedLookup(hostname: string, lookupOptions: LookupOptions | number | LookupCallback, maybeCallback?: LookupCallback): void {
		const callback = (typeof lookupOptions === 'function' ? lookupOptions : maybeCallback)!;
		const opts: LookupOptions = typeof lookupOptions === 'object' ? lookupOptions : typeof lookupOptions === 'number' ? { family: lookupOptions } : {};
		resolve(hostname).then(
			(found) => {
				const wanted = opts.family === 4 || opts.family === 6 ? found.filter((entry) => entry.family === opts.family) : found;
				if (wanted.length === 0) {
					const error: NodeJS.ErrnoException = new Error(`${hostname} has no address`);
					error.code = 'ENOTFOUND';
					callback(error, '');
					return;
				}
				// One refused address refuses the host: a mixed answer is a rebinding signature.
				for (const entry of wanted) {
					const verdict = checkAddress(entry.address, options);
					if (!verdict.ok) {
						callback(new BlockedAddressError(hostname, verdict.reason) as NodeJS.ErrnoException, '');
						return;
					}
				}
				if (opts.all) callback(null, wanted);
				else callback(null, wanted[0]!.address, wanted[0]!.family);
			},
			(error: NodeJS.ErrnoException) => callback(error, ''),
		);
	};
}
