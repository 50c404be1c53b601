/**
 * Fails `astro build` (and reports in `astro dev`) when a guide has a missing field, a broken
 * link or anchor, an unknown related page or a malformed runnable block. See check-guides.ts.
 */
import type { AstroIntegration } from 'astro';
import { checkGuides, formatProblems } from '../lib/markdown/check-guides.ts';
import { invalidateDocIndex } from '../lib/links/doc-index-cache.ts';

export function guideCheck(options: { docsDir: string; extraSlugs?: readonly string[] }): AstroIntegration {
	return {
		name: 'guide-check',
		hooks: {
			'astro:build:start': async () => {
				const problems = await checkGuides(options);
				if (problems.length > 0) throw new Error(formatProblems(problems));
			},
			'astro:server:setup': async ({ logger, server }) => {
				// The link checks' index of pages and headings is read once and kept here (see
				// doc-index-cache.ts); the watcher tells it what changed so `astro dev` stays current.
				server.watcher.on('change', (file) => invalidateDocIndex(file));
				server.watcher.on('add', () => invalidateDocIndex());
				server.watcher.on('unlink', () => invalidateDocIndex());
				// In dev the remark plugins show each error in the browser overlay; this lists them all once.
				const problems = await checkGuides(options);
				if (problems.length > 0) logger.error(formatProblems(problems));
			},
		},
	};
}
