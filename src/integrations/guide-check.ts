/**
 * Fails `astro build` (and reports in `astro dev`) when a guide has a missing field, a broken
 * link or anchor, an unknown related page or a malformed runnable block. See check-guides.ts.
 */
import type { AstroIntegration } from 'astro';
import { checkGuides, formatProblems } from '../lib/markdown/check-guides.ts';

export function guideCheck(options: { docsDir: string; extraSlugs?: readonly string[] }): AstroIntegration {
	return {
		name: 'guide-check',
		hooks: {
			'astro:build:start': async () => {
				const problems = await checkGuides(options);
				if (problems.length > 0) throw new Error(formatProblems(problems));
			},
			'astro:server:setup': async ({ logger }) => {
				// In dev the remark plugins show each error in the browser overlay; this lists them all once.
				const problems = await checkGuides(options);
				if (problems.length > 0) logger.error(formatProblems(problems));
			},
		},
	};
}
