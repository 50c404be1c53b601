/**
 * `npm run worker`: builds the Cloudflare Workers target and serves it in workerd (wrangler dev,
 * local only), with the mock Azure OpenAI deployment started beside it, as `npm start` does for
 * Node. The Worker reaches the mock through its MOCK_AZURE_OPENAI_URL var.
 *
 * Environment: HOST (localhost), PORT (4321), MOCK_HOST (127.0.0.1), MOCK_PORT (4011),
 * MOCK_AZURE_OPENAI_URL (use a mock you run yourself), SITE_DIST (./dist-worker), every PROXY_*
 * setting and SITE_ORIGIN (passed to the Worker as vars), all checked as for `npm start` before
 * anything is built. WORKER_SKIP_BUILD=1 serves the last build.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startMockServer } from '../mock/server.ts';
import { serverEnvSchema } from '../server/settings.ts';
import { startWorkerDev, workerVarsFromEnv, type WorkerDev } from '../server/worker-dev.ts';
import { PROJECT_ROOT } from '../src/config/dist-dir.ts';
import { proxyEnvSchema } from '../src/lib/proxy/config.ts';
import { rateLimitStoreEnvSchema } from '../src/lib/proxy/rate-limit-settings.ts';
import { checkWorkerSettings } from '../src/lib/proxy/worker-settings.ts';
import { readSettings, SettingsError } from '../src/lib/settings/env-fields.ts';

// The same checks as `npm start`, before building: the Worker gets these settings as its vars.
let settings: ReturnType<typeof readSettings<typeof serverEnvSchema>>;
try {
	settings = readSettings(serverEnvSchema.extend(proxyEnvSchema.shape).extend(rateLimitStoreEnvSchema.shape), process.env);
	checkWorkerSettings(process.env);
} catch (error) {
	if (!(error instanceof SettingsError)) throw error;
	console.error(error.message);
	process.exit(1);
}
const host = settings.HOST;
const port = settings.PORT;

if (process.env.WORKER_SKIP_BUILD !== '1') {
	const build = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
		cwd: PROJECT_ROOT,
		stdio: 'inherit',
		env: { ...process.env, SITE_TARGET: 'worker' },
	});
	if (build.status !== 0) process.exit(build.status ?? 1);
}

let mock: { url: string; close(): Promise<void> } | undefined;
let worker: WorkerDev | undefined;
let startup: Promise<WorkerDev> | undefined;
const starting = new AbortController();
// Registered before anything starts: wrangler runs in its own process group (so that it can be
// stopped as a whole), so a Ctrl+C in the terminal reaches only this process, which must pass it on.
const stop = async (code = 0) => {
	starting.abort();
	await startup?.catch(() => undefined);
	await worker?.close();
	await mock?.close();
	process.exit(code);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

if (!process.env.MOCK_AZURE_OPENAI_URL) {
	const mockHost = settings.MOCK_HOST;
	const mockPort = settings.MOCK_PORT;
	try {
		mock = await startMockServer({ host: mockHost, port: mockPort });
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		console.error(code === 'EADDRINUSE' ? `Port ${mockPort} on ${mockHost} (the mock) is already in use. Pick another: MOCK_PORT=4012 npm run worker` : (error as Error).message);
		process.exit(1);
	}
}

try {
	const vars = { ...workerVarsFromEnv(), ...(mock ? { MOCK_AZURE_OPENAI_URL: mock.url } : {}) };
	startup = startWorkerDev({
		distDir: process.env.SITE_DIST,
		host,
		port,
		vars,
		persistTo: join(PROJECT_ROOT, '.wrangler', 'state'),
		onLine: (line) => console.log(line),
		signal: starting.signal,
	});
	worker = await startup;
	console.log(`\n  Site (Cloudflare Worker in workerd):  ${worker.url}/`);
	console.log(`  Mock Azure OpenAI deployment: ${vars.MOCK_AZURE_OPENAI_URL}${mock ? ' (started here)' : ''}\n`);
} catch (error) {
	if (starting.signal.aborted) await new Promise(() => {}); // stop() is already ending the process
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EADDRINUSE') console.error(`Port ${port} on ${host} is already in use. Stop the other server, or start on another port: PORT=4322 npm run worker`);
	else console.error((error as Error).message);
	await stop(1);
}
