/**
 * Share links: the URL of the guide with one example's edited request in the fragment
 * (`#run=<example id>&op=<operation>&req=<base64url UTF-8 body>`), so it opens that example
 * pre-filled. A fragment never reaches the server or its logs. The reader's endpoint, deployment
 * and api-version go in only when they ask; keys and tokens never: a body containing one of the
 * reader's secrets is refused, and no field takes a credential. Pure: no DOM.
 */
import { containsSecret } from './secrets.ts';

/** The largest request a link carries (UTF-8 bytes of the body). Links past ~20 K characters break in mail and chat tools. */
export const MAX_SHARED_REQUEST_BYTES = 12 * 1024;

export interface SharedTarget {
	endpoint: string;
	deployment: string;
	apiVersion: string;
}

export interface SharedRequest {
	exampleId: string;
	operation: string;
	/** The request body text, exactly as in the editor. */
	body: string;
	target?: SharedTarget;
}

export type ShareResult = { ok: true; url: string } | { ok: false; message: string };

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/**
 * Builds the link for `pageUrl` (any URL of the page; its own fragment is replaced). `secrets`
 * are the reader's keys and tokens: a request holding one is refused with a message.
 */
export function buildShareLink(pageUrl: string, shared: SharedRequest, secrets: readonly string[]): ShareResult {
	const size = new TextEncoder().encode(shared.body).byteLength;
	if (size > MAX_SHARED_REQUEST_BYTES) {
		return { ok: false, message: `This request is ${kb(size)}, more than the ${kb(MAX_SHARED_REQUEST_BYTES)} a share link can carry. Shorten it (for example the messages) and press Share again.` };
	}
	if (containsSecret(shared.body, secrets)) {
		return { ok: false, message: 'The request contains your key or token, so it was not put in a link. Remove it from the request and press Share again.' };
	}
	const params = new URLSearchParams();
	params.set('run', shared.exampleId);
	params.set('op', shared.operation);
	params.set('req', toBase64Url(shared.body));
	if (shared.target) {
		params.set('endpoint', shared.target.endpoint);
		params.set('deployment', shared.target.deployment);
		params.set('api-version', shared.target.apiVersion);
	}
	const url = new URL(pageUrl);
	url.hash = params.toString();
	// Belt and braces: nothing that reached the link may contain a secret, whatever its field.
	if (containsSecret(decodeURIComponent(url.href), secrets) || containsSecret(url.href, secrets)) {
		return { ok: false, message: 'Your key or token appears in the connection details, so no link was made. Untick "Include my endpoint and deployment" and press Share again.' };
	}
	return { ok: true, url: url.href };
}

export type ReadShare = { kind: 'none' } | { kind: 'ok'; shared: SharedRequest } | { kind: 'refused'; exampleId: string; message: string };

const PREFIX = "The shared link's request could not be opened: ";
const SUFFIX = ' The original sample is shown instead.';

/** Reads a share fragment (`location.hash`). Checks the operation later, against the example found. */
export function readShareFragment(hash: string): ReadShare {
	const text = hash.replace(/^#/, '');
	if (!text.startsWith('run=')) return { kind: 'none' };
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(text);
	} catch {
		return { kind: 'none' };
	}
	const exampleId = params.get('run') ?? '';
	const encoded = params.get('req') ?? '';
	// base64 grows 4/3; refuse before decoding anything oversized.
	if (encoded.length > Math.ceil((MAX_SHARED_REQUEST_BYTES * 4) / 3) + 4) {
		return { kind: 'refused', exampleId, message: `${PREFIX}it is larger than the ${kb(MAX_SHARED_REQUEST_BYTES)} a link may carry.${SUFFIX}` };
	}
	const body = fromBase64Url(encoded);
	if (body === null || encoded === '') {
		return { kind: 'refused', exampleId, message: `${PREFIX}the link is damaged (it may have been cut off when it was copied).${SUFFIX}` };
	}
	if (new TextEncoder().encode(body).byteLength > MAX_SHARED_REQUEST_BYTES) {
		return { kind: 'refused', exampleId, message: `${PREFIX}it is larger than the ${kb(MAX_SHARED_REQUEST_BYTES)} a link may carry.${SUFFIX}` };
	}
	try {
		const parsed: unknown = JSON.parse(body);
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
	} catch {
		return { kind: 'refused', exampleId, message: `${PREFIX}it is not a valid JSON object.${SUFFIX}` };
	}
	const endpoint = params.get('endpoint');
	const deployment = params.get('deployment');
	const apiVersion = params.get('api-version');
	const target = endpoint !== null && deployment !== null && apiVersion !== null ? { endpoint, deployment, apiVersion } : undefined;
	return { kind: 'ok', shared: { exampleId, operation: params.get('op') ?? '', body, ...(target ? { target } : {}) } };
}

/** The message for a shared request made for another operation than the example's. */
export function wrongOperationMessage(shared: string, expected: string): string {
	return `${PREFIX}it was made for the ${shared || 'unknown'} operation, and this example sends ${expected} requests.${SUFFIX}`;
}

/** The message when the link names an example this page does not have (it opens the first one). */
export function unknownExampleMessage(exampleId: string): string {
	return `The shared link points to an example ("${exampleId}") that is not on this page any more, so nothing was filled in.`;
}
