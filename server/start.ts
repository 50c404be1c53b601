/**
 * `npm start`: serves the built site and, unless an operator points the proxy elsewhere, the
 * local mock Azure OpenAI deployment that runnable examples use by default.
 *
 * Environment: HOST (localhost), PORT (4321), MOCK_HOST (127.0.0.1), MOCK_PORT (4011),
 * MOCK_AZURE_OPENAI_URL (set it to use a mock you run yourself), SITE_DIST (./dist).
 */
import { startMockServer } from '../mock/server.ts';
import { startSiteServer } from './site-server.ts';

const host = process.env.HOST || 'localhost';
const port = Number(process.env.PORT || 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`PORT="${process.env.PORT}" is not a port number. Set PORT to a number from 1 to 65535, or unset it to use 4321.`);
	process.exit(1);
}

let mock: { url: string; close(): Promise<void> } | undefined;
if (!process.env.MOCK_AZURE_OPENAI_URL) {
	mock = await startMockServer({ host: process.env.MOCK_HOST || '127.0.0.1', port: Number(process.env.MOCK_PORT || 4011) });
	// The proxy reads this at request time; readers can never choose this address themselves.
	process.env.MOCK_AZURE_OPENAI_URL = mock.url;
}

try {
	const site = await startSiteServer({ distDir: process.env.SITE_DIST, host, port, siteOrigin: process.env.SITE_ORIGIN || undefined });
	console.log(`\n  Site:  ${site.url}/`);
	console.log(`  Mock Azure OpenAI deployment: ${process.env.MOCK_AZURE_OPENAI_URL}${mock ? ' (started here)' : ''}\n`);
	const stop = async () => {
		await site.close();
		await mock?.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EADDRINUSE') console.error(`Port ${port} on ${host} is already in use. Stop the other server, or start on another port: PORT=4322 npm start`);
	else console.error((error as Error).message);
	await mock?.close();
	process.exit(1);
}
