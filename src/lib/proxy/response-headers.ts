/**
 * Response header policy: the only upstream headers copied back, and the headers every answer
 * carries. Nothing else from upstream (Set-Cookie, CORS, Location, server banners) gets through.
 */

/**
 * Upstream response headers copied to the reader (and shown in the run panel, in this order);
 * everything else is dropped. The rate-limit set is the six headers Microsoft documents (the
 * setup guide's "Rate-limit headers" cites it); older answers carry only the `remaining` pair.
 */
export const COPIED_RESPONSE_HEADERS = [
	'apim-request-id',
	'x-request-id',
	'x-ms-region',
	'x-ratelimit-limit-requests',
	'x-ratelimit-limit-tokens',
	'x-ratelimit-remaining-requests',
	'x-ratelimit-remaining-tokens',
	'x-ratelimit-reset-requests',
	'x-ratelimit-reset-tokens',
	'retry-after',
	'retry-after-ms',
	'content-type',
] as const;

/** Headers on every answer, success or refusal: never cached, never MIME-sniffed into HTML. */
export function securityHeaders(): Headers {
	return new Headers({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
}

/** The reader-facing headers for a passed-through upstream answer. */
export function passthroughHeaders(upstream: Headers): Headers {
	const headers = securityHeaders();
	for (const name of COPIED_RESPONSE_HEADERS) {
		const value = upstream.get(name);
		if (value !== null) headers.set(name, value);
	}
	return headers;
}

export type UpstreamMediaType = 'json' | 'event-stream';

/**
 * Classifies the upstream content type. Only JSON and server-sent events pass; anything else
 * (HTML from a captive portal, text/plain, no type) is refused so the proxy never relays markup.
 */
export function upstreamMediaType(contentType: string | null): UpstreamMediaType | null {
	if (!contentType) return null;
	const essence = contentType.split(';')[0]!.trim().toLowerCase();
	if (essence === 'application/json') return 'json';
	if (essence === 'text/event-stream') return 'event-stream';
	return null;
}
