/**
 * `npm start`: serves the built site and, unless an operator points the proxy elsewhere, the
 * local mock Azure OpenAI deployment that runnable examples use by default.
 *
 * Environment: HOST (localhost), PORT (4321), MOCK_HOST (127.0.0.1), MOCK_PORT (4011),
 * MOCK_AZURE_OPENAI_URL (set it to use a mock you run yourself), SITE_DIST (./dist), SITE_ORIGIN
 * (the public origin behind a reverse proxy), and the proxy's PROXY_* limits. All are checked
 * before anything listens (server/settings.ts); a bad one or a busy port stops the start with one
 * sentence saying which setting to change.
 */
import { startMockServer } from '../mock/server.ts';
import { SettingsError } from '../src/lib/settings/env-fields.ts';
import { readServerSettings, type ServerSettings } from './settings.ts';
import { startSiteServer } from './site-server.ts';

let settings: ServerSettings;
try {
	settings = readServerSettings(process.env);
} catch (error) {
	if (!(error instanceof SettingsError)) throw error;
	console.error(error.message);
	process.exit(1);
}

/** One sentence for a port that cannot be used, naming the setting that moves it. */
function portProblem(error: unknown, what: string, host: string, port: number, setting: string): string | undefined {
	const code = (error as NodeJS.ErrnoException).code;
	const other = port === 65535 ? port - 1 : port + 1;
	if (code === 'EADDRINUSE') return `Port ${port} on ${host} (${what}) is already in use: stop the program using it, or choose another port with ${setting}=${other}.`;
	if (code === 'EACCES') return `Port ${port} on ${host} (${what}) needs privileges this user lacks: choose a port above 1023 with ${setting}=${other > 1023 ? other : 4321}.`;
	if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
		return `${host} (${what}) is not an address of this machine: set ${setting === 'PORT' ? 'HOST' : 'MOCK_HOST'} to one of its addresses, such as localhost.`;
	return undefined;
}

let mock: { url: string; close(): Promise<void> } | undefined;
if (!settings.proxy.mockUrl) {
	try {
		mock = await startMockServer({ host: settings.mockHost, port: settings.mockPort });
	} catch (error) {
		const sentence = portProblem(error, 'the mock deployment', settings.mockHost, settings.mockPort, 'MOCK_PORT');
		if (!sentence) throw error;
		console.error(sentence);
		process.exit(1);
	}
	// The proxy reads this at request time; readers can never choose this address themselves.
	process.env.MOCK_AZURE_OPENAI_URL = mock.url;
}

try {
	const site = await startSiteServer({ distDir: settings.siteDist, host: settings.host, port: settings.port, siteOrigin: settings.proxy.siteOrigin });
	console.log(`\n  Site:  ${site.url}/${settings.proxy.siteOrigin ? `  (public origin ${settings.proxy.siteOrigin})` : ''}`);
	console.log(`  Mock Azure OpenAI deployment: ${process.env.MOCK_AZURE_OPENAI_URL}${mock ? ' (started here)' : ''}\n`);
	const stop = async () => {
		await site.close();
		await mock?.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
} catch (error) {
	console.error(portProblem(error, 'the site', settings.host, settings.port, 'PORT') ?? (error as Error).message);
	await mock?.close();
	process.exit(1);
}
