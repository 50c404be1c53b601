/**
 * Builds a copy of a fixture site (tests/fixtures/<name>) with the real site's configuration,
 * optionally adding or replacing pages, and returns what the build printed and produced.
 * Builds run in a child process, as an author's `npm run build` does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fixturesDir = join(projectRoot, 'tests', 'fixtures');

export interface FixtureBuild {
	root: string;
	ok: boolean;
	/** stdout and stderr together, without colour codes. */
	output: string;
	/** Reads a built page, e.g. html('providers/azure-openai/setup'). */
	html(slug: string): string;
}

export function buildFixture(fixture: string, caseName: string, files: Record<string, string> = {}, env: Record<string, string> = {}): FixtureBuild {
	// Same depth as the fixture itself, so its relative imports of the project still resolve.
	const root = join(fixturesDir, `.tmp-${caseName}`);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	cpSync(join(fixturesDir, fixture), root, { recursive: true });
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ...env, SITE_DIST: join(root, 'dist'), SITE_CACHE_DIR: join(root, '.cache'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
		timeout: 170_000,
	});
	const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
	return {
		root,
		ok: result.status === 0,
		output,
		html(slug: string) {
			const file = join(root, 'dist', 'client', slug, 'index.html');
			if (!existsSync(file)) throw new Error(`The build made no page ${slug}/index.html. Build output:\n${output}`);
			return readFileSync(file, 'utf8');
		},
	};
}
