/**
 * Reminds whoever builds for deployment that absolute links (sitemap, /llms.txt) need the public
 * origin: without SITE_URL they point at http://localhost:4321, fine locally, wrong once deployed.
 */
import type { AstroIntegration } from 'astro';

export function siteUrlNotice(): AstroIntegration {
	return {
		name: 'site-url-notice',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (process.env.SITE_URL) return;
				logger.warn(
					'SITE_URL is not set, so the sitemap and /llms.txt link to http://localhost:4321. When building for deployment, set SITE_URL to the public origin, e.g. SITE_URL=https://docs.example.com npm run build.',
				);
			},
		},
	};
}
