/**
 * Builds the Cloudflare Workers target once per test run, for every test of the `worker` project
 * (each file then starts its own workerd on a free port). The build goes to .builds/test-worker,
 * never over ./dist (the Node build the other projects test) or ./dist-worker (npm run worker).
 * WORKER_TEST_DIST serves an existing Worker build instead of building.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, resolveDistDir } from '../../../src/config/dist-dir.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		workerDist: string;
	}
}

export default function setup(project: TestProject): void {
	if (process.env.WORKER_TEST_DIST) {
		project.provide('workerDist', resolveDistDir(process.env.WORKER_TEST_DIST));
		return;
	}
	const distDir = join(PROJECT_ROOT, '.builds', 'test-worker');
	const started = Date.now();
	const build = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
		cwd: PROJECT_ROOT,
		encoding: 'utf8',
		env: { ...process.env, SITE_TARGET: 'worker', SITE_DIST: distDir, SITE_CACHE_DIR: join(PROJECT_ROOT, 'node_modules', '.astro-test-worker'), ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (build.status !== 0) {
		throw new Error(`The Worker build (SITE_TARGET=worker astro build) failed with code ${build.status}:\n${(build.stdout + build.stderr).split('\n').slice(-40).join('\n')}`);
	}
	console.log(`Worker build for the worker tests: ${((Date.now() - started) / 1000).toFixed(1)} s, in ${distDir}`);
	project.provide('workerDist', distDir);
}
