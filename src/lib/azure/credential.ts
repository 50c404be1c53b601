/**
 * The one check of an API key or Microsoft Entra token, used by the connection panel in the
 * browser and by the proxy on the server, so both refuse the same strings with the same words
 * (they once disagreed: the browser let C1 controls and U+2028 through, the server did not).
 * A credential travels in an HTTP header, so anything but printable ASCII without spaces is
 * refused, never cleaned up.
 */
import { AZ_TOKEN_COMMAND } from '../catalog/index.ts';
import { hasControlCharacters } from './target.ts';

export type CredentialType = 'api-key' | 'bearer';

export const MAX_KEY_LENGTH = 512;
/** Microsoft Entra access tokens are JWTs of a few KB. */
export const MAX_TOKEN_LENGTH = 8192;

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

export type CredentialVerdict = { ok: true; value: string } | { ok: false; message: string };

export function validateCredential(type: CredentialType, value: unknown): CredentialVerdict {
	const key = type === 'api-key';
	if (typeof value !== 'string' || value === '') {
		return {
			ok: false,
			message: key ? "Enter one of your resource's keys (Azure portal, Keys and Endpoint), or choose Entra ID token." : `Paste an Entra ID access token, for example from \`${AZ_TOKEN_COMMAND}\`.`,
		};
	}
	if (hasControlCharacters(value)) {
		return { ok: false, message: `The ${key ? 'key' : 'token'} contains a line break or another control character. Paste it again without them.` };
	}
	if (key && value.length > MAX_KEY_LENGTH) return { ok: false, message: `The API key is longer than ${MAX_KEY_LENGTH} characters; Azure keys are 32 to 84 characters. Paste only the key.` };
	if (!key && value.length > MAX_TOKEN_LENGTH) return { ok: false, message: `The token is longer than ${MAX_TOKEN_LENGTH} characters. Paste only the access token, without "Bearer ".` };
	if (!PRINTABLE_ASCII.test(value)) {
		return {
			ok: false,
			message: key
				? 'The API key may only contain printable ASCII characters without spaces. Copy it again from the Azure portal.'
				: 'The token may only contain printable ASCII characters without spaces. Paste only the access token, without "Bearer ".',
		};
	}
	return { ok: true, value };
}
