import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_VERSION_ENTRIES, GA_API_VERSION, RUNNABLE_OPERATIONS, upstreamUrl } from '../../../src/lib/catalog/index.ts';

const origin = 'https://r.openai.azure.com';

describe('upstreamUrl (the one URL builder)', () => {
	it('puts the deployment in the path with a dated api-version', () => {
		expect(upstreamUrl({ origin, deployment: 'd', apiVersion: GA_API_VERSION, operation: 'embeddings' })).toBe(`${origin}/openai/deployments/d/embeddings?api-version=${GA_API_VERSION}`);
	});
	it('uses /openai/v1/ without api-version for v1, with api-version=preview for its preview channel', () => {
		expect(upstreamUrl({ origin: origin + '/', deployment: 'd', apiVersion: 'v1', operation: 'chat/completions' })).toBe(`${origin}/openai/v1/chat/completions`);
		expect(upstreamUrl({ origin, deployment: 'd', apiVersion: 'preview', operation: 'responses' })).toBe(`${origin}/openai/v1/responses?api-version=preview`);
	});
	it('refuses responses on the deployments route', () => {
		expect(() => upstreamUrl({ origin, deployment: 'd', apiVersion: GA_API_VERSION, operation: 'responses' })).toThrow('responses is not served on the deployments route');
	});
	it('runnable examples offer chat/completions, embeddings and the Responses API', () => {
		expect(RUNNABLE_OPERATIONS).toEqual(['chat/completions', 'embeddings', 'responses']);
	});
});

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
	});
}

describe('one source of truth', () => {
	const root = new URL('../../../', import.meta.url).pathname;
	const productFiles = ['src', 'server', 'mock', 'bench'].flatMap((dir) => filesUnder(join(root, dir))).map((file) => relative(root, file));

	it('an api-version string appears only in the catalog among product files', () => {
		const versions = API_VERSION_ENTRIES.filter((entry) => /^\d/.test(entry.value)).map((entry) => entry.value);
		const offenders = productFiles.filter((file) => !file.startsWith('src/lib/catalog/')).filter((file) => {
			const text = readFileSync(join(root, file), 'utf8');
			return versions.some((version) => text.includes(version));
		});
		expect(offenders).toEqual([]);
	});

	it('no browser or product code imports mock/ or tests/ (server/start.ts may start the mock)', () => {
		const offenders = productFiles.filter((file) => {
			const text = readFileSync(join(root, file), 'utf8');
			if (file.startsWith('src/') && /from ['"][./]*\/?mock\//.test(text)) return true;
			return /from ['"](\.\.\/)+tests\//.test(text);
		});
		expect(offenders).toEqual([]);
	});
});
