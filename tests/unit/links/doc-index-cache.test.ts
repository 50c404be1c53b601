/**
 * The build-wide index of pages and headings stays current the way `astro dev` needs: a changed
 * file is re-read, a new file is found once the folder is listed again (by the watcher's
 * invalidation or a refresh on an unknown slug), and unchanged files are not read twice.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docIndex, invalidateDocIndex } from '../../../src/lib/links/doc-index-cache.ts';
import { checkDocLink } from '../../../src/lib/markdown/doc-links-plugin.ts';

const dirs: string[] = [];
function docsFolder(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'doc-index-')) + '/';
	dirs.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}
/** Rewrites a file with a later mtime, as an editor's save does. */
function save(path: string, text: string, secondsLater: number) {
	writeFileSync(path, text);
	const when = new Date(Date.now() + secondsLater * 1000);
	utimesSync(path, when, when);
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('docIndex', () => {
	it('reads headings and titles once, and re-reads a page whose file changed', () => {
		const dir = docsFolder({ 'a/b.md': '---\ntitle: B\n---\n## First part\n' });
		const index = docIndex(dir);
		expect(index.get('a/b')?.title).toBe('B');
		expect([...index.get('a/b')!.anchors]).toEqual(['first-part']);
		expect(index.get('a/b')).toBe(index.get('a/b')); // unchanged: the same object, not re-read

		save(join(dir, 'a/b.md'), '---\ntitle: B2\n---\n## First part\n## Second part\n', 5);
		expect(index.get('a/b')?.title).toBe('B2');
		expect([...index.get('a/b')!.anchors]).toEqual(['first-part', 'second-part']);
	});

	it('finds a page added after the folder was read, once the watcher reports it or a link names it', () => {
		const dir = docsFolder({ 'a.md': '# A\n' });
		const index = docIndex(dir);
		expect(index.get('b')).toBeUndefined();
		writeFileSync(join(dir, 'b.md'), '## Here\n');
		// A link to the new page is not called broken: the check lists the folder again first.
		expect(checkDocLink({ slug: 'b', hash: 'here' }, index, [])).toBeUndefined();

		writeFileSync(join(dir, 'c.md'), '# C\n');
		invalidateDocIndex(); // what the dev server's watcher calls on "add"
		expect(index.slugs().sort()).toEqual(['a', 'b', 'c']);
	});

	it('forgets a removed page and reports a link to it as broken', () => {
		const dir = docsFolder({ 'a.md': '# A\n', 'gone.md': '# Gone\n' });
		const index = docIndex(dir);
		expect(index.get('gone')).toBeDefined();
		rmSync(join(dir, 'gone.md'));
		invalidateDocIndex(join(dir, 'gone.md'));
		expect(index.get('gone')).toBeUndefined();
		expect(checkDocLink({ slug: 'gone', hash: '' }, index, [])?.problem).toBe('no page has the URL /gone/ (expected a file src/content/docs/gone.md or .mdx).');
	});
});
