/**
 * One Node instance of the site, as an operator runs it: `node server/start.ts` in its own
 * process (its own memory, its own rate limiter), on a free port, with the environment given.
 * Serves the build in SITE_DIST (default ./dist; `npm test` builds it first).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../../src/config/dist-dir.ts';
import { MOCK_CHAT_DEPLOYMENT } from '../../../../src/lib/catalog/index.ts';

export interface NodeInstance {
	url: string;
	/** Every line the instance printed (stdout and stderr). */
	output: string[];
	/** POST a mock run as the site's own page would, counted against `clientIp` (via x-forwarded-for). */
	run(clientIp: string): Promise<Response>;
	close(): Promise<void>;
}

export async function startNodeInstance(env: Record<string, string>): Promise<NodeInstance> {
	const child = spawn(process.execPath, [join(PROJECT_ROOT, 'server', 'start.ts')], {
		cwd: PROJECT_ROOT,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, HOST: '127.0.0.1', PORT: '0', PROXY_CLIENT_IP_HEADER: 'x-forwarded-for', ...env },
	});
	const output: string[] = [];
	const collect = (chunk: Buffer) =>
		output.push(
			...chunk
				.toString('utf8')
				.split('\n')
				.filter((line) => line.trim()),
		);
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	const until = Date.now() + 20_000;
	let url: string | undefined;
	while (!url) {
		url = output.map((line) => /Site:\s+(http:\/\/\S+?)\/?$/.exec(line)?.[1]).find(Boolean);
		if (child.exitCode !== null) throw new Error(`server/start.ts exited with code ${child.exitCode}:\n${output.join('\n')}`);
		if (Date.now() > until) throw new Error(`server/start.ts did not start within 20 s:\n${output.join('\n')}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	const siteUrl = url;
	return {
		url: siteUrl,
		output,
		run: (clientIp) =>
			fetch(`${siteUrl}/api/run`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: siteUrl, 'x-forwarded-for': clientIp },
				body: JSON.stringify({ target: { provider: 'mock', deployment: MOCK_CHAT_DEPLOYMENT, apiVersion: '2024-10-21' }, body: { messages: [{ role: 'user', content: 'Hello' }] } }),
			}),
		async close() {
			if (child.exitCode !== null) return;
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await exited;
		},
	};
}
