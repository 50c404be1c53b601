/**
 * Proxy settings: limits, timeouts, rate limit, origin and mock location, read from the server
 * environment with defaults that suit an interactive docs site. Every limit is overridable so an
 * operator (or a test) can tighten or loosen it without code changes.
 */
import { z } from 'zod';
import { booleanFlag, headerName, httpOrigin, positiveInteger, readSettings } from '../settings/env-fields.ts';

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

const d = DEFAULT_CONFIG;

/** The proxy's environment variables, checked with zod (src/lib/settings/env-fields.ts). */
export const proxyEnvSchema = z.object({
	SITE_ORIGIN: httpOrigin('https://docs.example.com'),
	MOCK_AZURE_OPENAI_URL: httpOrigin('http://127.0.0.1:4011'),
	PROXY_ALLOW_PRIVATE_RANGES: booleanFlag(false),
	PROXY_CLIENT_IP_HEADER: headerName('x-forwarded-for'),
	PROXY_MAX_REQUEST_BYTES: positiveInteger('bytes', d.maxRequestBytes),
	PROXY_MAX_RESPONSE_BYTES: positiveInteger('bytes', d.maxResponseBytes),
	PROXY_MAX_STREAM_BYTES: positiveInteger('bytes', d.maxStreamBytes),
	PROXY_CONNECT_TIMEOUT_MS: positiveInteger('milliseconds', d.connectTimeoutMs),
	PROXY_FIRST_BYTE_TIMEOUT_MS: positiveInteger('milliseconds', d.firstByteTimeoutMs),
	PROXY_IDLE_TIMEOUT_MS: positiveInteger('milliseconds', d.idleTimeoutMs),
	PROXY_TOTAL_TIMEOUT_MS: positiveInteger('milliseconds', d.totalTimeoutMs),
	PROXY_RATE_LIMIT_PER_MINUTE: positiveInteger('runs a minute', d.rateLimitPerMinute),
	PROXY_RATE_LIMIT_BURST: positiveInteger('runs', d.rateLimitBurst),
});

/**
 * Reads the proxy settings. Variables (defaults in brackets): SITE_ORIGIN, MOCK_AZURE_OPENAI_URL,
 * PROXY_ALLOW_PRIVATE_RANGES [false], PROXY_CLIENT_IP_HEADER (e.g. x-forwarded-for; only behind a
 * proxy that sets it), PROXY_MAX_REQUEST_BYTES [262144], PROXY_MAX_RESPONSE_BYTES [8 MiB],
 * PROXY_MAX_STREAM_BYTES [4 MiB], PROXY_CONNECT_TIMEOUT_MS [10000], PROXY_FIRST_BYTE_TIMEOUT_MS
 * [600000], PROXY_IDLE_TIMEOUT_MS [600000], PROXY_TOTAL_TIMEOUT_MS [600000],
 * PROXY_RATE_LIMIT_PER_MINUTE [30], PROXY_RATE_LIMIT_BURST [10].
 * Throws a SettingsError naming each bad variable; `npm start` calls it before listening
 * (server/settings.ts), so a bad deployment fails at start, not at the first run.
 */
export function readProxyConfig(env: Env): ProxyConfig {
	const v = readSettings(proxyEnvSchema, env);
	return {
		siteOrigin: v.SITE_ORIGIN,
		mockUrl: v.MOCK_AZURE_OPENAI_URL,
		allowPrivateRanges: v.PROXY_ALLOW_PRIVATE_RANGES,
		clientIpHeader: v.PROXY_CLIENT_IP_HEADER,
		maxRequestBytes: v.PROXY_MAX_REQUEST_BYTES,
		maxResponseBytes: v.PROXY_MAX_RESPONSE_BYTES,
		maxStreamBytes: v.PROXY_MAX_STREAM_BYTES,
		connectTimeoutMs: v.PROXY_CONNECT_TIMEOUT_MS,
		firstByteTimeoutMs: v.PROXY_FIRST_BYTE_TIMEOUT_MS,
		idleTimeoutMs: v.PROXY_IDLE_TIMEOUT_MS,
		totalTimeoutMs: v.PROXY_TOTAL_TIMEOUT_MS,
		rateLimitPerMinute: v.PROXY_RATE_LIMIT_PER_MINUTE,
		rateLimitBurst: v.PROXY_RATE_LIMIT_BURST,
	};
}
