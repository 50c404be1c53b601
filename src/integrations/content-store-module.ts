/**
 * Replaces the code of Astro's content store module (`astro:data-layer-content`) in one build
 * environment: the shared mechanics of on-demand-without-content.ts and
 * prerender-content-from-file.ts, which say why each one does it.
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import type { Plugin as VitePlugin } from 'vite';

/** Astro's resolved id for the content store module (astro/dist/content/consts.js). */
export const CONTENT_STORE_MODULE = '\0astro:data-layer-content';

/** The module's new code from Astro's and the project's config; `undefined` keeps Astro's. */
export type StoreModuleReplacement = (astroCode: string, config: AstroConfig) => string | undefined;

export function replaceContentStoreModule(name: string, environment: 'ssr' | 'prerender', replace: StoreModuleReplacement): AstroIntegration {
	let config: AstroConfig | undefined;
	const plugin: VitePlugin = {
		name,
		apply: 'build',
		applyToEnvironment: (candidate) => candidate.name === environment,
		// A transform, not a load hook: Astro's own plugin loads the module first (its load hook runs
		// before any the site adds); replacing the code here still keeps Astro's out of the bundle.
		transform: {
			filter: { id: new RegExp(`^${CONTENT_STORE_MODULE}$`) },
			handler(code) {
				const replaced = config && replace(code, config);
				return replaced === undefined ? null : { code: replaced, map: null };
			},
		},
	};
	return {
		name,
		hooks: {
			'astro:config:setup': ({ command, config: astroConfig, updateConfig }) => {
				if (command !== 'build') return;
				config = astroConfig;
				updateConfig({ vite: { plugins: [plugin] } });
			},
		},
	};
}
