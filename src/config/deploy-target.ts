/**
 * Which runtime a build is for. SITE_TARGET=worker builds the same site for Cloudflare Workers
 * (`npm run worker`): @astrojs/cloudflare instead of @astrojs/node, static pages served by the
 * Workers assets binding, /api/run as the Worker, into ./dist-worker so it never replaces the
 * Node build in ./dist. Unset (or `node`) is the Node build of `npm start`.
 */
import { join } from 'node:path';
import type { AstroUserConfig } from 'astro';
import node from '@astrojs/node';
import cloudflare from '@astrojs/cloudflare';

export type DeployTarget = 'node' | 'worker';

export function readDeployTarget(raw = process.env.SITE_TARGET): DeployTarget {
	if (raw === undefined || raw === '' || raw === 'node') return 'node';
	if (raw === 'worker') return 'worker';
	throw new Error(`SITE_TARGET="${raw}" is not a build target. Use node (the default, for npm start) or worker (Cloudflare Workers, for npm run worker).`);
}

/** The build folder of the Worker target, unless SITE_DIST names another. */
export const WORKER_DIST = 'dist-worker';

export function adapterFor(target: DeployTarget, root: string): AstroUserConfig['adapter'] {
	if (target === 'node') return node({ mode: 'middleware' });
	return cloudflare({
		configPath: join(root, 'wrangler.jsonc'),
		// Pages are prerendered by Node exactly as for the Node build; only /api/run runs in workerd.
		prerenderEnvironment: 'node',
		// The site has no images to transform, so no Cloudflare Images binding is needed.
		imageService: 'passthrough',
	});
}
