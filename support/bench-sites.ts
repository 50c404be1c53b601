/**
 * Throwaway sites for benchmarks: this site's guides built either with the site's own
 * configuration (every plugin, check and component) or as a plain Starlight project (Starlight's
 * default config, the same installed astro and @astrojs/starlight), so the two can be compared
 * page for page. Both are written to a throwaway folder under .bench-sites/ in this project (git
 * ignores it), where Node finds this project's node_modules: nothing is downloaded and both builds
 * use exactly the same package versions. (A folder in /tmp with a node_modules symlink does not
 * work: Astro then mixes the link's path and its target's for Starlight's components.)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const docsDir = join(projectRoot, 'src', 'content', 'docs');
/** Where the throwaway projects go (ignored by git; each bench removes its own). */
export const sitesDir = join(projectRoot, '.bench-sites');
const astroBin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** The site's title, so the twin's header and <title> carry the same text. */
const SITE_TITLE = 'LLM Provider Guides';

/** A Markdown page by its path under src/content/docs (e.g. `providers/azure-openai/setup.md`). */
export interface GuidePage {
	path: string;
	source: string;
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : /\.mdx?$/.test(name) ? [path] : [];
	});
}

/** The site's guides as they are in src/content/docs. */
export function siteGuides(): GuidePage[] {
	return walk(docsDir).map((file) => ({ path: relative(docsDir, file), source: readFileSync(file, 'utf8') }));
}

/**
 * The guides plus `copies` copies of each under `copy-NNN/`, with their links between guides
 * (in text and in `related`) pointing inside the same copy, so every copy links, anchors and
 * backlinks like the original does: `copies` = 200 gives 1,005 pages for five guides.
 */
export function guidesWithCopies(guides: readonly GuidePage[], copies: number): GuidePage[] {
	const folders = [...new Set(guides.map((guide) => guide.path.split('/')[0]))].join('|');
	const link = new RegExp(`(["(<\\s])/(docs/)?(${folders})/`, 'g');
	const pages = [...guides];
	for (let copy = 1; copy <= copies; copy += 1) {
		const prefix = `copy-${String(copy).padStart(3, '0')}`;
		for (const guide of guides) {
			const source = guide.source
				.replace(link, `$1/$2${prefix}/$3/`)
				.replace(/^title:\s*(["']?)(.*?)\1\s*$/m, (_line, quote: string, title: string) => `title: ${quote}${title} (copy ${copy})${quote}`);
			pages.push({ path: `${prefix}/${guide.path}`, source });
		}
	}
	return pages;
}

const ownPackage = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; dependencies?: Record<string, string> };

/** This project's version ranges for these packages. */
function pick(names: readonly string[]): Record<string, string> {
	const all = { ...ownPackage.devDependencies, ...ownPackage.dependencies };
	return Object.fromEntries(names.filter((name) => all[name]).map((name) => [name, all[name]]));
}

function write(root: string, path: string, text: string) {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
}

/**
 * `dependencies` must name the Astro packages: Astro bundles (rather than externalizes) the
 * packages a project depends on that ship .astro components, and finds them from this list.
 */
function newProject(kind: string, pages: readonly GuidePage[], dependencies: Record<string, string>): string {
	mkdirSync(sitesDir, { recursive: true });
	const root = mkdtempSync(join(sitesDir, `${kind}-`));
	write(root, 'package.json', JSON.stringify({ name: `bench-${kind}`, private: true, type: 'module', dependencies }, null, '\t'));
	for (const page of pages) write(root, join('src', 'content', 'docs', page.path), page.source);
	return root;
}

/**
 * A plain Starlight project with these pages: Starlight's documented minimal setup (title only,
 * default sidebar listing every page, default search), nothing of this site's.
 */
export function writeStarlightTwin(pages: readonly GuidePage[]): string {
	const root = newProject('starlight', pages, pick(['astro', '@astrojs/starlight']));
	write(
		root,
		'astro.config.mjs',
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({ integrations: [starlight({ title: ${JSON.stringify(SITE_TITLE)} })] });\n`,
	);
	write(
		root,
		'src/content.config.ts',
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	return root;
}

/** A project built with this site's whole configuration (createSiteConfig), holding these pages. */
export function writeSiteCopy(pages: readonly GuidePage[]): string {
	const root = newProject('site', pages, pick(Object.keys({ ...ownPackage.devDependencies, ...ownPackage.dependencies })));
	const own = (path: string) => pathToFileURL(join(projectRoot, path)).href;
	write(
		root,
		'astro.config.mjs',
		`import { defineConfig } from 'astro/config';\nimport { fileURLToPath } from 'node:url';\nimport { createSiteConfig } from ${JSON.stringify(own('src/config/site-config.ts'))};\n\nexport default defineConfig(createSiteConfig({ root: fileURLToPath(new URL('./', import.meta.url)) }));\n`,
	);
	write(root, 'src/content.config.ts', `export { collections } from ${JSON.stringify(own('src/content.config.ts'))};\n`);
	write(root, 'src/content/i18n/en.json', readFileSync(join(projectRoot, 'src', 'content', 'i18n', 'en.json'), 'utf8'));
	return root;
}

export interface BuildResult {
	root: string;
	/** The built pages and assets (root/dist/client for the site, root/dist for the twin). */
	clientDir: string;
	ok: boolean;
	wallMs: number;
	/** Peak resident memory of the build process (from GNU time), when /usr/bin/time is present. */
	peakRssMb?: number;
	/** Astro's own phase lines (content sync, page generation, ...) with their durations. */
	output: string;
}

/** Runs `astro build` in `root` in a child process with a cold cache, and times it. */
export function buildProject(root: string, kind: 'site' | 'starlight', env: Record<string, string> = {}): Promise<BuildResult> {
	const timeFile = join(root, '.peak-rss');
	const command = ['-f', '%M', '-o', timeFile, process.execPath, astroBin, 'build', '--root', root];
	const started = performance.now();
	return new Promise((done, fail) => {
		const child = spawn('/usr/bin/time', command, {
			cwd: root,
			env: {
				...process.env,
				...env,
				SITE_DIST: join(root, 'dist'),
				SITE_CACHE_DIR: join(root, '.cache'),
				ASTRO_TELEMETRY_DISABLED: '1',
				FORCE_COLOR: '0',
				NO_COLOR: '1',
			},
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', fail);
		child.on('close', (code) => {
			const wallMs = performance.now() - started;
			let peakRssMb: number | undefined;
			try {
				peakRssMb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) / 1024;
			} catch {
				peakRssMb = undefined;
			}
			done({ root, clientDir: join(root, 'dist', kind === 'site' ? 'client' : ''), ok: code === 0, wallMs, peakRssMb, output: output.replace(/\u001b\[[0-9;]*m/g, '') });
		});
	});
}

export function removeProject(root: string): void {
	rmSync(root, { recursive: true, force: true });
}
