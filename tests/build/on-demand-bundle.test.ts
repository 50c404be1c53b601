/**
 * The on-demand bundle (dist/server: the Node server's and the Worker's code for POST /api/run)
 * carries no guide content: Starlight's middleware imports the content store, and without
 * src/integrations/on-demand-without-content.ts Astro bundled every rendered guide into it a
 * second time. Checked on the built site (SITE_DIST, default ./dist; run a build first).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDistDir } from '../../src/config/dist-dir.ts';

const distDir = resolveDistDir(process.env.SITE_DIST);
const serverDir = join(distDir, 'server');

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

describe('the on-demand bundle', () => {
	const files = walk(serverDir).filter((file) => file.endsWith('.mjs'));

	it('holds the proxy route', () => {
		expect(files.some((file) => readFileSync(file, 'utf8').includes('/api/run'))).toBe(true);
	});

	it('holds no rendered guide (a heading wrapper Starlight adds to Markdown headings, a guide description)', () => {
		const withContent = files.filter((file) => {
			const text = readFileSync(file, 'utf8');
			return text.includes('sl-heading-wrapper') || text.includes('make your first call from Node.js and Python');
		});
		expect(withContent.map((file) => relative(distDir, file))).toEqual([]);
		// The pages themselves were rendered from the full store.
		expect(readFileSync(join(distDir, 'client', 'providers', 'azure-openai', 'setup', 'index.html'), 'utf8')).toContain('sl-heading-wrapper');
	});
});
