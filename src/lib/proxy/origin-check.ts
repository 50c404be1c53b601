/**
 * Only the site's own pages may call the proxy. A browser sends `Origin` on every cross-origin and
 * same-origin POST; we compare it exactly (scheme, host and port) with the site's origin. Without
 * an Origin, `Sec-Fetch-Site: same-origin` (set by the browser, not scriptable) is accepted. A
 * request with neither is refused: curl-style callers cannot borrow the site as an open proxy.
 */

export type OriginVerdict = { ok: true } | { ok: false; detail: string };

export function checkOrigin(request: Request, siteOrigins: readonly string[]): OriginVerdict {
	const origin = request.headers.get('origin');
	const fetchSite = request.headers.get('sec-fetch-site');
	if (origin !== null) {
		if (!siteOrigins.includes(origin)) {
			return { ok: false, detail: `Requests to /api/run must come from this site's own pages (${siteOrigins[0]}); this one came from another origin. Use the Run button on the guide page.` };
		}
		if (fetchSite !== null && fetchSite !== 'same-origin') {
			return { ok: false, detail: 'The browser marked this request as coming from another site. Use the Run button on the guide page.' };
		}
		return { ok: true };
	}
	if (fetchSite === 'same-origin') return { ok: true };
	return { ok: false, detail: "This endpoint only answers requests from this site's own pages (no Origin header was sent). Use the Run button on the guide page." };
}

/**
 * The site's origin when the server could not say (an adapter other than server/site-server.ts):
 * SITE_ORIGIN when configured, else the request URL's, which trusts the Host header.
 */
export function siteOriginFor(request: Request, configured: string | undefined): string {
	return configured ?? new URL(request.url).origin;
}
