/**
 * Proxy settings: limits, timeouts, rate limit, origin and mock location, read from the server
 * environment with defaults that suit an interactive docs site. Every limit is overridable so an
 * operator (or a test) can tighten or loosen it without code changes.
 */

export interface ProxyConfig {
	/** The site's own origin (`SITE_ORIGIN`), when a reverse proxy hides it from the request URL. */
	siteOrigin?: string;
	/** Base URL of the local mock deployment (`MOCK_AZURE_OPENAI_URL`); mock targets get 503 without it. */
	mockUrl?: string;
	/** Allow RFC 1918 / ULA upstream addresses, for intranet deployments with private endpoints. */
	allowPrivateRanges: boolean;
	/** Header holding the client IP set by a trusted reverse proxy (first hop used); unset = socket address. */
	clientIpHeader?: string;
	maxRequestBytes: number;
	maxResponseBytes: number;
	maxStreamBytes: number;
	connectTimeoutMs: number;
	firstByteTimeoutMs: number;
	idleTimeoutMs: number;
	totalTimeoutMs: number;
	rateLimitPerMinute: number;
	rateLimitBurst: number;
}

export const DEFAULT_CONFIG: ProxyConfig = {
	allowPrivateRanges: false,
	maxRequestBytes: 256 * 1024,
	// A chat answer is a few KB; embeddings of a large batch reach a few MB.
	maxResponseBytes: 8 * 1024 * 1024,
	maxStreamBytes: 4 * 1024 * 1024,
	connectTimeoutMs: 10_000,
	// Reasoning models may think for minutes before their first token: without streaming nothing at
	// all arrives until they finish, and while streaming the stream can stay silent just as long.
	// The site must not give up before the service or the official SDKs would: the openai SDKs wait
	// 10 minutes by default (openai npm 6.49 `OpenAI.DEFAULT_TIMEOUT = 600000`; README "Requests
	// time out after 10 minutes by default"), so every limit on waiting is those 10 minutes.
	// Sources and dates: SECURITY.md, "Timeouts and slow models". Was 60 s / 30 s / 180 s.
	firstByteTimeoutMs: 600_000,
	idleTimeoutMs: 600_000,
	totalTimeoutMs: 600_000,
	rateLimitPerMinute: 30,
	rateLimitBurst: 10,
};

type Env = Record<string, string | undefined>;

function positiveInteger(env: Env, name: string, fallback: number): number {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value <= 0) {
		throw new Error(`${name}="${raw}" is not a positive whole number. Unset it to use the default ${fallback}, or set e.g. ${name}=${fallback}.`);
	}
	return value;
}

function originOf(env: Env, name: string): string | undefined {
	const raw = env[name];
	if (!raw) return undefined;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`${name}="${raw}" is not a URL. Set it to an origin such as https://docs.example.com (no path).`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} must be an http(s) URL; it is "${raw}".`);
	return url.origin;
}

const HEADER_NAME = /^[a-z0-9-]{1,64}$/;

/**
 * Reads the proxy settings. Variables (defaults in brackets): SITE_ORIGIN, MOCK_AZURE_OPENAI_URL,
 * PROXY_ALLOW_PRIVATE_RANGES [false], PROXY_CLIENT_IP_HEADER (e.g. x-forwarded-for; only behind a
 * proxy that sets it), PROXY_MAX_REQUEST_BYTES [262144], PROXY_MAX_RESPONSE_BYTES [8 MiB],
 * PROXY_MAX_STREAM_BYTES [4 MiB], PROXY_CONNECT_TIMEOUT_MS [10000], PROXY_FIRST_BYTE_TIMEOUT_MS
 * [600000], PROXY_IDLE_TIMEOUT_MS [600000], PROXY_TOTAL_TIMEOUT_MS [600000],
 * PROXY_RATE_LIMIT_PER_MINUTE [30], PROXY_RATE_LIMIT_BURST [10].
 * Throws with a fix-it message on a malformed value, so a bad deployment fails at start.
 */
export function readProxyConfig(env: Env): ProxyConfig {
	const clientIpHeader = env.PROXY_CLIENT_IP_HEADER?.trim().toLowerCase() || undefined;
	if (clientIpHeader && !HEADER_NAME.test(clientIpHeader)) {
		throw new Error(`PROXY_CLIENT_IP_HEADER="${env.PROXY_CLIENT_IP_HEADER}" is not a header name. Use e.g. x-forwarded-for, or unset it.`);
	}
	const allow = env.PROXY_ALLOW_PRIVATE_RANGES;
	if (allow !== undefined && allow !== '' && allow !== 'true' && allow !== 'false') {
		throw new Error(`PROXY_ALLOW_PRIVATE_RANGES="${allow}" must be true or false.`);
	}
	const d = DEFAULT_CONFIG;
	return {
		siteOrigin: originOf(env, 'SITE_ORIGIN'),
		mockUrl: originOf(env, 'MOCK_AZURE_OPENAI_URL'),
		allowPrivateRanges: allow === 'true',
		clientIpHeader,
		maxRequestBytes: positiveInteger(env, 'PROXY_MAX_REQUEST_BYTES', d.maxRequestBytes),
		maxResponseBytes: positiveInteger(env, 'PROXY_MAX_RESPONSE_BYTES', d.maxResponseBytes),
		maxStreamBytes: positiveInteger(env, 'PROXY_MAX_STREAM_BYTES', d.maxStreamBytes),
		connectTimeoutMs: positiveInteger(env, 'PROXY_CONNECT_TIMEOUT_MS', d.connectTimeoutMs),
		firstByteTimeoutMs: positiveInteger(env, 'PROXY_FIRST_BYTE_TIMEOUT_MS', d.firstByteTimeoutMs),
		idleTimeoutMs: positiveInteger(env, 'PROXY_IDLE_TIMEOUT_MS', d.idleTimeoutMs),
		totalTimeoutMs: positiveInteger(env, 'PROXY_TOTAL_TIMEOUT_MS', d.totalTimeoutMs),
		rateLimitPerMinute: positiveInteger(env, 'PROXY_RATE_LIMIT_PER_MINUTE', d.rateLimitPerMinute),
		rateLimitBurst: positiveInteger(env, 'PROXY_RATE_LIMIT_BURST', d.rateLimitBurst),
	};
}
