/**
 * Keeps the guides' content out of the on-demand (server) bundle.
 *
 * Why: the only route that runs on demand is `POST /api/run` (the proxy), which reads no content.
 * But the server bundle also carries Starlight's middleware, which imports `astro:content`, so
 * Astro bundled the whole content store (every guide's rendered HTML) into it a second time, beside
 * the prerender bundle that really renders the pages. That doubled the build's biggest bundling job
 * (at 1,005 pages the server bundle alone took about 40 s) and shipped megabytes of HTML inside the
 * Node server and the Worker. In the `ssr` build environment only, the store is an empty Map: what
 * Astro itself emits when a project has no content. Pages are prerendered in the `prerender`
 * environment, which keeps the full store; `astro dev` renders through `ssr` and is untouched.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin as VitePlugin } from 'vite';

/** Astro's resolved id for the content store module (astro/dist/content/consts.js). */
export const CONTENT_STORE_MODULE = '\0astro:data-layer-content';

export function onDemandWithoutContent(): AstroIntegration {
	const plugin: VitePlugin = {
		name: 'llm-provider-guides:on-demand-without-content',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'ssr',
		// A transform, not a load hook: Astro's own plugin loads the module first (its load hook runs
		// before any the site adds); replacing the code here still keeps it out of the bundle.
		transform: {
			filter: { id: new RegExp(`^${CONTENT_STORE_MODULE}$`) },
			handler() {
				return { code: 'export default new Map();', map: null };
			},
		},
	};
	return {
		name: 'llm-provider-guides:on-demand-without-content',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command === 'build') updateConfig({ vite: { plugins: [plugin] } });
			},
		},
	};
}
