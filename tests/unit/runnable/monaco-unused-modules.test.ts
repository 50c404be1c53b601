/**
 * The Monaco modules the editor build replaces (src/client/runnable/build/
 * vite-monaco-without-unused-modules.ts): each stub exports exactly what the real module exports,
 * so a Monaco upgrade that renames or adds an export fails here rather than in a reader's
 * browser, and each stub fails loudly, naming the plugin, if anything ever uses it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNUSED_MONACO_MODULES, unusedModuleStub, type UnusedModule } from '../../../src/client/runnable/build/vite-monaco-without-unused-modules.ts';

/** monaco-editor/esm/vs, found through the package's own export map (editor/editor.api → esm/vs/editor/editor.api.js). */
const monacoVs = dirname(dirname(createRequire(import.meta.url).resolve('monaco-editor/editor/editor.api')));

/** The names a Monaco ESM module exports (Monaco's build ends each module with one `export { … };`). */
function realExports(path: string): string[] {
	const text = readFileSync(join(monacoVs, path), 'utf8');
	return [...text.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((match) =>
		match[1]!
			.split(',')
			.map((name) =>
				name
					.trim()
					.split(/\s+as\s+/)
					.pop()!,
			)
			.filter(Boolean),
	);
}

const load = async (unused: UnusedModule) => (await import(`data:text/javascript,${encodeURIComponent(unusedModuleStub(unused))}`)) as Record<string, unknown>;
const PLUGIN_HINT = "is not part of this site's editor build (src/client/runnable/build/vite-monaco-without-unused-modules.ts); remove it from that plugin to use it.";

describe('Monaco modules left out of the editor build', () => {
	it.each(UNUSED_MONACO_MODULES.map((unused) => [unused.path, unused] as const))('%s: the stub exports what Monaco 0.57 exports', async (path, unused) => {
		const stub = await load(unused);
		expect(Object.keys(stub).sort()).toEqual(realExports(path).sort());
	});

	it.each(UNUSED_MONACO_MODULES.map((unused) => [unused.path, unused] as const))('%s: using it throws, naming the plugin', async (_path, unused) => {
		const stub = await load(unused);
		const message = `${unused.what} ${PLUGIN_HINT}`;
		for (const name of unused.exports) {
			const exported = stub[name] as (new () => unknown) & (() => unknown) & Record<string, () => unknown>;
			if (/^[A-Z]/.test(name)) expect(() => new exported()).toThrow(message);
			else expect(() => exported()).toThrow(message);
			for (const method of unused.statics?.[name] ?? []) expect(() => exported[method]!()).toThrow(message);
		}
		for (const [name, { methods, getters }] of Object.entries(unused.services ?? {})) {
			// Monaco constructs these at start-up: constructing must work; using them must not.
			const service = new (stub[name] as new () => Record<string, () => unknown>)();
			for (const method of methods) expect(() => service[method]!()).toThrow(message);
			for (const getter of getters) expect(() => service[getter]).toThrow(message);
		}
	});

	it('covers the eagerly created quick input service with every member Monaco gives it', () => {
		const quickInput = UNUSED_MONACO_MODULES.find((unused) => unused.path.endsWith('standaloneQuickInputService.js'))!;
		const text = readFileSync(join(monacoVs, quickInput.path), 'utf8');
		const body = text.slice(text.indexOf('let StandaloneQuickInputService = class'), text.indexOf('StandaloneQuickInputService = __decorate'));
		const members = [...body.matchAll(/^ {4}(?:get )?(\w+)\(/gm)].map((match) => match[1]!).filter((name) => name !== 'constructor' && name !== 'activeService');
		const { methods, getters } = quickInput.services!.StandaloneQuickInputService!;
		expect([...methods, ...getters].sort()).toEqual(members.sort());
	});
});
