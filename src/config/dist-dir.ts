/**
 * Where a build goes. SITE_DIST lets tests and parallel builds write somewhere other than ./dist,
 * but the server bundle imports packages from node_modules, which Node finds only from inside the
 * project: a SITE_DIST outside the project is therefore mapped to a folder under ./.builds/.
 * The config, the site server and the tests all call this, so they agree on the folder.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function resolveDistDir(wanted = process.env.SITE_DIST, root = PROJECT_ROOT): string {
	if (!wanted) return join(root, 'dist');
	const absolute = resolve(root, wanted);
	const inside = relative(root, absolute);
	if (inside && !inside.startsWith('..') && !isAbsolute(inside)) return absolute;
	return join(root, '.builds', absolute.replace(/^[\\/]+/, '').replace(/[^a-zA-Z0-9._-]+/g, '-'));
}
