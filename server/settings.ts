/**
 * Every setting `npm start` reads, checked with zod before anything listens: the server's own
 * (HOST, PORT, MOCK_HOST, MOCK_PORT, SITE_DIST) and the proxy's (SITE_ORIGIN, MOCK_AZURE_OPENAI_URL,
 * PROXY_*; src/lib/proxy/config.ts). A bad one stops the start with one sentence per variable.
 */
import { z } from 'zod';
import { proxyEnvSchema, readProxyConfig, type ProxyConfig } from '../src/lib/proxy/config.ts';
import { listenHost, port, readSettings, text } from '../src/lib/settings/env-fields.ts';

export const serverEnvSchema = z.object({
	HOST: listenHost('localhost'),
	PORT: port(4321),
	MOCK_HOST: listenHost('127.0.0.1'),
	MOCK_PORT: port(4011),
	SITE_DIST: text(),
});

export interface ServerSettings {
	host: string;
	port: number;
	mockHost: string;
	mockPort: number;
	siteDist?: string;
	proxy: ProxyConfig;
}

export function readServerSettings(env: Record<string, string | undefined>): ServerSettings {
	// One parse over both schemas, so that every bad variable is named at once.
	const server = readSettings(serverEnvSchema.extend(proxyEnvSchema.shape), env);
	return { host: server.HOST, port: server.PORT, mockHost: server.MOCK_HOST, mockPort: server.MOCK_PORT, siteDist: server.SITE_DIST, proxy: readProxyConfig(env) };
}
