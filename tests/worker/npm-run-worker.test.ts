/**
 * `npm run worker` as a developer runs it (scripts/worker.ts, here serving the build of the global
 * setup instead of building again): the Worker in workerd on PORT with the mock started beside it
 * on MOCK_PORT and reached through the Worker's configuration; a bad setting stops it with one
 * sentence before anything is built; SIGTERM stops workerd and the mock.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from '../../server/worker-dev.ts';
import { PROJECT_ROOT } from '../../src/config/dist-dir.ts';
import { MOCK_CHAT_DEPLOYMENT } from '../../src/lib/catalog/index.ts';

const script = join(PROJECT_ROOT, 'scripts', 'worker.ts');

describe('npm run worker', () => {
	it('serves the site and runs against the mock it started, until stopped', async () => {
		const [port, mockPort] = [await freePort(), await freePort()];
		const child = spawn(process.execPath, [script], {
			cwd: PROJECT_ROOT,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, WORKER_SKIP_BUILD: '1', SITE_DIST: inject('workerDist'), HOST: '127.0.0.1', PORT: String(port), MOCK_PORT: String(mockPort), MOCK_AZURE_OPENAI_URL: '' },
		});
		const output: string[] = [];
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
		try {
			const site = `http://127.0.0.1:${port}`;
			for (let waited = 0; !output.join('').includes('Mock Azure OpenAI deployment:'); waited += 100) {
				expect(child.exitCode, output.join('')).toBeNull();
				expect(waited, 'npm run worker should be ready within 60 s').toBeLessThan(60_000);
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
			expect(output.join('')).toContain(`Site (Cloudflare Worker in workerd):  ${site}/`);
			expect(output.join('')).toContain(`Mock Azure OpenAI deployment: http://127.0.0.1:${mockPort} (started here)`);
			const page = await fetch(`${site}/providers/azure-openai/setup/`);
			expect(page.status).toBe(200);
			expect(await page.text()).toContain('Azure OpenAI: Setup and First Call');
			const run = await fetch(`${site}/api/run`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: site },
				body: JSON.stringify({ target: { provider: 'mock', deployment: MOCK_CHAT_DEPLOYMENT, apiVersion: '2024-10-21' }, body: { messages: [{ role: 'user', content: 'Hello' }] } }),
			});
			expect(run.status).toBe(200);
			expect((await run.json()).object).toBe('chat.completion');
		} finally {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await exited;
		}
		expect(child.exitCode).toBe(0);
		// workerd and the mock are gone with it: both ports are free again.
		const probe = await fetch(`http://127.0.0.1:${port}/`).then(
			() => 'answered',
			() => 'refused',
		);
		expect(probe).toBe('refused');
		const mockProbe = await fetch(`http://127.0.0.1:${mockPort}/`).then(
			() => 'answered',
			() => 'refused',
		);
		expect(mockProbe).toBe('refused');
	});

	it('stops before building on a bad setting, with one sentence naming it', () => {
		const result = spawnSync(process.execPath, [script], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, PROXY_RATE_LIMIT_BURST: 'lots' } });
		expect(result.status).toBe(1);
		expect(result.stderr.trim()).toBe('The setting PROXY_RATE_LIMIT_BURST must be a positive whole number of runs (unset, it is 10), but it is "lots".');
	});
});
