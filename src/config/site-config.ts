/**
 * The whole Astro configuration as a function of where the site lives, so that test fixtures
 * (small sites under tests/) build with exactly the plugins, schema checks and page chrome of
 * the real site. astro.config.mjs calls it for the real site.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroUserConfig } from 'astro';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownPlugins } from './markdown-plugins.ts';
import { starlightOptions } from './starlight-options.ts';
import { siteSettings } from '../lib/site-settings.ts';
import { resolveDistDir } from './dist-dir.ts';
import { adapterFor, readDeployTarget, WORKER_DIST } from './deploy-target.ts';
import { linkCheck } from '../integrations/link-check.ts';
import { sitePages } from '../integrations/site-pages.ts';
import { guideCheck } from '../integrations/guide-check.ts';
import { catalogCheck } from '../integrations/catalog-check.ts';
import { siteUrlNotice } from '../integrations/site-url-notice.ts';
import { workerHeaders } from '../integrations/worker-headers.ts';
import { precompress } from '../integrations/precompress.ts';
import { prerenderContentFromFile } from '../integrations/prerender-content-from-file.ts';
import { onDemandWithoutContent } from '../integrations/on-demand-without-content.ts';
import { EXTRA_PAGE_SLUGS } from './extra-pages.ts';
import { monacoStylesAtOpenTime } from '../client/runnable/build/vite-monaco-styles.ts';
import { monacoWorkerFactoryWithoutContributions } from '../client/runnable/build/vite-monaco-worker-factory.ts';
import { monacoWithoutUnusedModules } from '../client/runnable/build/vite-monaco-without-unused-modules.ts';
import { monacoChunks } from '../client/runnable/build/vite-monaco-chunks.ts';

export interface SiteConfigOptions {
	/** The site's root folder (holds src/content/docs); defaults to this project. */
	root?: string;
	/** Extra Astro integrations (e.g. the link checker), after Starlight. */
	integrations?: AstroUserConfig['integrations'];
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export function createSiteConfig(options: SiteConfigOptions = {}): AstroUserConfig {
	const root = options.root ?? projectRoot;
	const docsDir = join(root, 'src', 'content', 'docs') + '/';
	const target = readDeployTarget();
	return {
		root,
		site: siteSettings.siteUrl,
		// 'ignore' so that POST /api/run and /api/run/ both reach the proxy; pages are still built as folders.
		trailingSlash: 'ignore',
		outDir: resolveDistDir(process.env.SITE_DIST || (target === 'worker' ? WORKER_DIST : undefined), root),
		cacheDir: process.env.SITE_CACHE_DIR || join(root, 'node_modules', '.astro'),
		output: 'static',
		adapter: adapterFor(target, root),
		// No Astro sessions are used; without this the Cloudflare adapter would ask for a KV binding.
		session: false,
		// Sätteri (Astro's native Markdown processor, as plain Starlight uses): the JavaScript remark
		// pipeline this site ran before made its content sync about three times slower per page.
		markdown: { processor: satteri({ mdastPlugins: markdownPlugins(docsDir) }) },
		// The Worker build skips precompression (Cloudflare compresses text answers itself; the copies
		// would only be uploaded) and writes the pages' security headers into _headers instead; its
		// pages are prerendered in workerd, so it keeps Astro's own content store module.
		integrations: [
			guideCheck({ docsDir, extraSlugs: EXTRA_PAGE_SLUGS }),
			catalogCheck({ docsDir }),
			starlight(starlightOptions(docsDir)),
			sitePages(),
			linkCheck({ docsDir }),
			siteUrlNotice(),
			onDemandWithoutContent(),
			...(options.integrations ?? []),
			...(target === 'worker' ? [workerHeaders()] : [precompress(), prerenderContentFromFile()]),
		],
		// Monaco's CSS travels inside the lazily loaded editor chunk, never linked into pages; its
		// JSON worker factory no longer pulls in every editor contribution; modules the site never
		// runs (diff editors, GPU renderer, quick input, ...) are stubbed; and its base and platform
		// layers are a chunk of their own that parses beside the editor's.
		vite: { plugins: [monacoStylesAtOpenTime(), monacoWorkerFactoryWithoutContributions(), monacoWithoutUnusedModules(), monacoChunks()] },
		server: {
			host: process.env.HOST || 'localhost',
			port: Number(process.env.PORT || 4321),
		},
	};
}
