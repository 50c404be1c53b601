/**
 * Settings that would be wrong on Cloudflare Workers, refused with one sentence each, both by
 * `npm run worker` before it builds and by the Worker when it wires the proxy.
 */
import { readWorkerRateLimitStore } from './rate-limit-settings.ts';
import { SettingsError } from '../settings/env-fields.ts';

export function checkWorkerSettings(env: Record<string, string | undefined>): void {
	const header = env.PROXY_CLIENT_IP_HEADER?.trim();
	// A header named here would replace CF-Connecting-IP, and any other header is the client's to forge.
	if (header) {
		throw new SettingsError(
			`The setting PROXY_CLIENT_IP_HEADER must be unset on Cloudflare Workers (the client is CF-Connecting-IP, which Cloudflare sets and clients cannot forge), but it is ${JSON.stringify(header)}.`,
		);
	}
	readWorkerRateLimitStore(env);
}
