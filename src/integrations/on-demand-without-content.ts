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
import { replaceContentStoreModule } from './content-store-module.ts';

export function onDemandWithoutContent(): AstroIntegration {
	return replaceContentStoreModule('llm-provider-guides:on-demand-without-content', 'ssr', () => 'export default new Map();');
}
