import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { nodeVersionProblem } from '../../../scripts/check-node.mjs';

describe('the Node version guard of npm start/test', () => {
	it('accepts Node 22.12 and newer', () => {
		for (const version of ['22.12.0', '22.20.1', '24.21.0', 'v26.0.0']) expect(nodeVersionProblem(version)).toBeNull();
	});

	it('names the version found, why it is too old, and the fix', () => {
		const message = nodeVersionProblem('20.20.2', '/usr/local/bin/node');
		expect(message).toContain('This site needs Node 22.12.0 or newer, but npm ran Node 20.20.2 (/usr/local/bin/node).');
		expect(message).toContain('run `npm install` again without --ignore-scripts');
		expect(nodeVersionProblem('22.11.9')).not.toBeNull();
	});

	it('stops with exit code 1 when run by an old Node (the machine’s own, when it has one)', () => {
		// The machine's Node 20 is what npm falls back to when the pinned Node was never installed.
		const oldNode = ['/usr/local/bin/node', '/usr/bin/node'].find(
			(path) => existsSync(path) && spawnSync(path, ['-e', 'process.exit(Number(process.versions.node.split(".")[0]) < 22 ? 0 : 1)']).status === 0,
		);
		const node = oldNode ?? process.execPath;
		const result = spawnSync(node, ['scripts/check-node.mjs'], { encoding: 'utf8' });
		if (oldNode) {
			expect(result.status).toBe(1);
			expect(result.stderr).toContain('This site needs Node 22.12.0 or newer');
		} else {
			// No old Node on this machine: the guard must at least pass quietly on the current one.
			expect(result.status).toBe(0);
			expect(result.stderr).toBe('');
		}
	});
});
