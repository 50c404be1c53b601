/**
 * The Worker build's security headers for static pages. On Node, server/site-server.ts sends
 * them on every answer; on Workers, static files are served by the assets binding without running
 * the Worker, so the same headers (the same CSP, with the hashes of the built pages' inline
 * scripts) go into the `_headers` file the assets binding applies. Appended, because
 * @astrojs/cloudflare writes its own Cache-Control rule into the same file.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from '../../server/security-headers.ts';

export function workerHeadersFile(clientDir: string): string {
	const headers = securityHeaders(contentSecurityPolicy(inlineScriptHashes(clientDir)));
	return ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

export function workerHeaders(): AstroIntegration {
	return {
		name: 'llm-guides:worker-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const clientDir = fileURLToPath(dir);
				const file = join(clientDir, '_headers');
				const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
				appendFileSync(file, `${before && !before.endsWith('\n') ? '\n' : ''}${before ? '\n' : ''}${workerHeadersFile(clientDir)}`);
				logger.info('Wrote the site security headers (CSP, nosniff, frame and referrer policy) into _headers for the assets binding.');
			},
		},
	};
}
