/**
 * The Worker's entry module (wrangler.jsonc "main"): Astro's request handler (static pages from
 * the assets binding, /api/run rendered on demand), plus the Durable Object class of the rate
 * limit, which Workers requires the entry module to export.
 */
import { handle } from '@astrojs/cloudflare/handler';

export { RunRateLimiter } from './run-rate-limiter-object.ts';

export default { fetch: handle };
