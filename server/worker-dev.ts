/**
 * Serves the Cloudflare Workers build (./dist-worker, from SITE_TARGET=worker) locally in workerd,
 * through the `wrangler` npm package: no account, no download, metrics and the Request.cf lookup
 * off. Used by `npm run worker` and by the tests, so both run the Worker the same way.
 *
 * The Worker's settings are its vars: every PROXY_* and SITE_ORIGIN variable of this process is
 * passed as `--var`, plus MOCK_AZURE_OPENAI_URL, so a Worker is configured like `npm start`.
 * The mock's address therefore comes only from configuration, never from a request.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, resolveDistDir } from '../src/config/dist-dir.ts';
import { WORKER_DIST } from '../src/config/deploy-target.ts';

export interface WorkerDevOptions {
	/** The Worker build folder (holds client/ and server/wrangler.json); default ./dist-worker. */
	distDir?: string;
	host?: string;
	/** 0 picks a free port. */
	port?: number;
	/** The Worker's vars (settings); defaults to the PROXY_*, SITE_ORIGIN and MOCK_AZURE_OPENAI_URL of process.env. */
	vars?: Record<string, string>;
	/** Where Durable Object state lives; default a fresh temporary folder, removed on close. */
	persistTo?: string;
	/** Each line wrangler and the Worker print (the Worker's console.* included). */
	onLine?: (line: string) => void;
	/** Aborting it while the Worker starts stops wrangler and rejects. */
	signal?: AbortSignal;
}

export interface WorkerDev {
	url: string;
	port: number;
	close(): Promise<void>;
}

/** The settings a Worker takes from this process's environment. */
export function workerVarsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
	const vars: Record<string, string> = {};
	for (const [name, value] of Object.entries(env)) {
		if (value === undefined) continue;
		if (name.startsWith('PROXY_') || name === 'SITE_ORIGIN' || name === 'MOCK_AZURE_OPENAI_URL') vars[name] = value;
	}
	return vars;
}

export function freePort(host = '127.0.0.1'): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, host, () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

function portInUse(host: string, port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(true));
		probe.listen(port, host, () => probe.close(() => resolve(false)));
	});
}

export async function startWorkerDev(options: WorkerDevOptions = {}): Promise<WorkerDev> {
	const distDir = resolveDistDir(options.distDir || WORKER_DIST);
	const config = join(distDir, 'server', 'wrangler.json');
	if (!existsSync(config)) {
		throw new Error(`No Worker build in ${distDir} (expected server/wrangler.json). Build it with \`npm run worker\` (or SITE_TARGET=worker npm run build) first.`);
	}
	const host = options.host || '127.0.0.1';
	const requested = options.port ?? 8787;
	if (requested !== 0 && (await portInUse(host, requested))) {
		throw Object.assign(new Error(`Port ${requested} on ${host} is already in use.`), { code: 'EADDRINUSE' });
	}
	const port = requested === 0 ? await freePort(host) : requested;
	const ownState = options.persistTo === undefined;
	const persistTo = options.persistTo ?? mkdtempSync(join(tmpdir(), 'worker-state-'));
	const vars = options.vars ?? workerVarsFromEnv();
	const args = [
		join(PROJECT_ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
		'dev',
		'--config',
		config,
		'--ip',
		host,
		'--port',
		String(port),
		'--inspector-port',
		String(await freePort()),
		'--persist-to',
		persistTo,
		'--show-interactive-dev-session=false',
		'--log-level',
		'info',
		...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
	];
	const child: ChildProcess = spawn(process.execPath, args, {
		cwd: PROJECT_ROOT,
		// Own process group, so close() ends wrangler and the workerd it started, and nothing else.
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: process.env.CI ?? 'true', FORCE_COLOR: '0' },
	});
	// If this process ends without close() (a crashed test run), take wrangler's group with it.
	const killGroup = () => {
		try {
			process.kill(-child.pid!, 'SIGKILL');
		} catch {
			/* already gone */
		}
	};
	process.once('exit', killGroup);
	const output: string[] = [];
	const onData = (chunk: Buffer) => {
		for (const line of chunk.toString('utf8').split('\n')) {
			if (!line.trim()) continue;
			output.push(line);
			options.onLine?.(line);
		}
	};
	child.stdout!.on('data', onData);
	child.stderr!.on('data', onData);

	const hostForUrl = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	const url = `http://${hostForUrl.includes(':') ? `[${hostForUrl}]` : hostForUrl}:${port}`;
	const stop = async () => {
		process.removeListener('exit', killGroup);
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((done) => child.once('exit', done));
			try {
				process.kill(-child.pid!, 'SIGTERM');
			} catch {
				/* already gone */
			}
			const timer = setTimeout(() => {
				try {
					process.kill(-child.pid!, 'SIGKILL');
				} catch {
					/* already gone */
				}
			}, 5_000);
			await exited;
			clearTimeout(timer);
		}
		if (ownState) rmSync(persistTo, { recursive: true, force: true });
	};

	// Ready when wrangler says so and the Worker answers.
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) {
			await stop();
			throw new Error(`wrangler dev exited with code ${child.exitCode} before the Worker was ready:\n${output.slice(-20).join('\n')}`);
		}
		if (output.some((line) => line.includes('Ready on'))) {
			try {
				const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
				await response.body?.cancel();
				break;
			} catch {
				/* not answering yet */
			}
		}
		if (options.signal?.aborted) {
			await stop();
			throw new Error('Stopped while the Worker was starting.');
		}
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`The Worker did not become ready on ${url} within 60 s:\n${output.slice(-20).join('\n')}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return { url, port, close: stop };
}
