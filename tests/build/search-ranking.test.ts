/**
 * Search finds the right guide first. Runs Pagefind's own search code (the `pagefind.js` bundle
 * the browser loads, with its WebAssembly ranking) against the index of the built site, served
 * by the site's server, with the ranking weights the search dialog uses.
 *
 * Expected pages: for each `search_keywords` entry, the guides declaring it (read from the docs
 * folder's frontmatter); for natural questions and error names, the page declared below.
 * Needs a built site: `SITE_DIST=/tmp/x/dist npx astro build` first (SITE_DIST as for e2e tests).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDistDir } from '../../src/config/dist-dir.ts';
import { readDocIndex } from '../../src/lib/links/doc-index.ts';
import { docUrl } from '../../src/lib/links/doc-link.ts';
import { PAGEFIND_RANKING } from '../../src/lib/search/ranking.ts';
import { startSiteServer, type SiteServer } from '../../server/site-server.ts';

interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: Array<{ score: number; data(): Promise<{ url: string; meta: Record<string, string> }> }> }>;
	destroy?(): Promise<void>;
}

const distDir = resolveDistDir(process.env.SITE_DIST);
const bundle = join(distDir, 'client', 'pagefind', 'pagefind.js');
const docsDir = fileURLToPath(new URL('../../src/content/docs/', import.meta.url));
const guides = [...readDocIndex(docsDir).values()];

/** Questions and error names readers type, with the guide that answers them. */
const SETUP = 'providers/azure-openai/setup';
const QUESTIONS: Array<[query: string, slug: string]> = [
	['how do I deploy a model on azure', SETUP],
	['azure openai key rotation', 'providers/security-best-practices'],
	['DeploymentNotFound', SETUP],
	['429', SETUP],
	['401', SETUP],
	['api-version', SETUP],
];

/** Keyword → every guide that declares it (a shared keyword may land on any of them). */
const KEYWORDS = new Map<string, string[]>();
for (const guide of guides) {
	const keywords = Array.isArray(guide.frontmatter.search_keywords) ? (guide.frontmatter.search_keywords as string[]) : [];
	for (const keyword of keywords) KEYWORDS.set(keyword, [...(KEYWORDS.get(keyword) ?? []), guide.slug]);
}

let site: SiteServer;
let pagefind: PagefindApi;

beforeAll(async () => {
	if (!existsSync(bundle)) {
		throw new Error(`No search index at ${bundle}. Build the site first (SITE_DIST=${process.env.SITE_DIST ?? 'dist'} npx astro build), with the same SITE_DIST as this test run.`);
	}
	site = await startSiteServer({ distDir: process.env.SITE_DIST, host: '127.0.0.1', port: 0 });
	pagefind = (await import(pathToFileURL(bundle).href)) as PagefindApi;
	// The bundle finds its files next to itself by URL; Node's fetch reads http, so point it at the server.
	await pagefind.options({ basePath: `${site.url}/pagefind/`, baseUrl: '/', ranking: PAGEFIND_RANKING });
	await pagefind.init();
});

afterAll(async () => {
	await pagefind?.destroy?.();
	await site?.close();
});

/** URLs of the results, best first. */
async function ranked(query: string, filters?: Record<string, string[]>): Promise<string[]> {
	const { results } = await pagefind.search(query, filters ? { filters } : undefined);
	return Promise.all(results.map(async (result) => (await result.data()).url));
}

describe('search ranking', () => {
	it('has guides with search keywords to test', () => {
		expect(KEYWORDS.size).toBeGreaterThan(0);
	});

	for (const [keyword, slugs] of KEYWORDS) {
		it(`ranks ${slugs.map((slug) => docUrl(slug)).join(' or ')} first for its keyword "${keyword}"`, async () => {
			const urls = await ranked(keyword);
			expect(
				slugs.map((slug) => docUrl(slug)),
				`results for "${keyword}": ${urls.join(', ')}`,
			).toContain(urls[0]);
		});
	}

	for (const [query, slug] of QUESTIONS) {
		it(`ranks ${docUrl(slug)} first for "${query}"`, async () => {
			const urls = await ranked(query);
			expect(urls[0], `results for "${query}": ${urls.join(', ')}`).toBe(docUrl(slug));
		});
	}

	it('indexes only guides: the home and landing pages stay out of the results', async () => {
		const urls = await ranked('guides');
		expect(urls.filter((url) => !guides.some((guide) => docUrl(guide.slug) === url))).toEqual([]);
	});
});

describe('search filters and result data', () => {
	it('filters by persona, level and category with the values from frontmatter', async () => {
		const labels = { admin: 'Admin', developer: 'Developer', architect: 'Architect', security: 'Security' } as Record<string, string>;
		for (const persona of Object.keys(labels)) {
			const expected = guides.filter((guide) => (guide.frontmatter.personas as string[] | undefined)?.includes(persona)).map((guide) => docUrl(guide.slug));
			const urls = await ranked('azure', { Persona: [labels[persona]] });
			for (const url of urls) expect(expected, `${url} is not tagged ${persona}`).toContain(url);
		}
		const beginner = await ranked('azure', { Level: ['Beginner'] });
		expect(beginner).toContain(docUrl(SETUP));
	});

	it("carries each guide's description for the result summary", async () => {
		const { results } = await pagefind.search('azure');
		expect(results.length).toBeGreaterThan(0);
		for (const result of results) {
			const data = await result.data();
			const guide = guides.find((candidate) => docUrl(candidate.slug) === data.url)!;
			expect(data.meta.description).toBe(guide.frontmatter.description);
		}
	});
});
