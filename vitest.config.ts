// Five kinds of test, one runner: pure units, real HTTP servers, fixture-site builds, real
// Chromium against the built site, and the Cloudflare Workers build in workerd. `npm test` builds
// the site first; e2e tests read it from SITE_DIST (default ./dist). The worker project builds
// its own Worker target once per run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// CI asks for a JSON report too, to print its "N passed, N failed" line.
		reporters: process.env.VITEST_JSON_REPORT ? ['default', ['json', { outputFile: process.env.VITEST_JSON_REPORT }]] : ['default'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			{ test: { name: 'http', include: ['tests/http/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 30_000 } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 180_000, hookTimeout: 180_000 } },
			{
				test: {
					// The Cloudflare Workers build, served in workerd by wrangler: built once per run by the global setup.
					name: 'worker',
					include: ['tests/worker/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/worker/support/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 90_000,
					// One workerd (and Chromium) at a time: the machine has two cores.
					fileParallelism: false,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// One Chromium at a time: the machine has two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
