/**
 * Which client a request counts against for rate limiting. Forwarding headers are trivially
 * forged, so one is used only when the operator names it (PROXY_CLIENT_IP_HEADER) because a
 * trusted reverse proxy sets it; then the first hop (the original client) is taken. Otherwise the
 * socket address the route passes in is used.
 */

const IP_TOKEN = /^[0-9a-fA-F.:]{2,45}$/;

export function clientKey(request: Request, clientAddress: string | undefined, trustedHeader: string | undefined): string {
	if (trustedHeader) {
		const raw = request.headers.get(trustedHeader);
		const first = raw?.split(',')[0]?.trim();
		if (first && IP_TOKEN.test(first)) return first.toLowerCase();
	}
	return clientAddress && IP_TOKEN.test(clientAddress) ? clientAddress.toLowerCase() : 'unknown-client';
}
