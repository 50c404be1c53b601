/**
 * The site's own origin, known by the server instead of read from each request's Host header (a
 * DNS-rebinding page sends `Host: evil.com` with `Origin: http://evil.com`, which match each other
 * but not the site). `SITE_ORIGIN` names it behind a reverse proxy; otherwise it comes from where
 * the server listens. On loopback, `localhost`, `127.0.0.1` and `[::1]` are one site: a browser
 * sends those names only for pages it loaded from this machine.
 */

export interface SiteIdentity {
	/** The origin printed and used first (SITE_ORIGIN, else http://<HOST>:<port>). */
	origin: string;
	/** Every origin a page of this site can have; the proxy accepts `Origin` only from these. */
	origins: readonly string[];
	/** Every Host header value this server answers to (lower case, with port). */
	hosts: ReadonlySet<string>;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
/** Listening on every interface: only the loopback names can be trusted without SITE_ORIGIN. */
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]', '']);

export function isLoopbackHost(host: string): boolean {
	const name = host.toLowerCase().replace(/^\[|\]$/g, '');
	return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

function hostForUrl(host: string): string {
	const name = host.toLowerCase();
	return name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
}

/** Who the site is, given where it listens (`HOST`, the bound port) and an optional `SITE_ORIGIN`. */
export function siteIdentity(listenHost: string, port: number, configuredOrigin?: string): SiteIdentity {
	const names = WILDCARDS.has(listenHost) || isLoopbackHost(listenHost) ? LOOPBACK_NAMES : [hostForUrl(listenHost)];
	const local = names.map((name) => `http://${name}:${port}`);
	const own = isLoopbackHost(listenHost) ? `http://${hostForUrl(listenHost)}:${port}` : local[0]!;
	const origins = [...new Set(configuredOrigin ? [configuredOrigin, ...local] : [own, ...local])];
	return { origin: origins[0]!, origins, hosts: new Set(origins.map((origin) => new URL(origin).host.toLowerCase())) };
}

const HOST_HEADER = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/** True when a request's Host header names this site. A missing or malformed Host (`a@evil.com`) is not the site. */
export function isSiteHost(identity: SiteIdentity, host: string | undefined): boolean {
	const value = host?.trim().toLowerCase();
	if (!value || !HOST_HEADER.test(value)) return false;
	try {
		// Through URL so that an explicit default port (`example.com:443` for https) compares equal.
		return identity.hosts.has(value) || identity.hosts.has(new URL(`http://${value}`).host);
	} catch {
		return false;
	}
}
