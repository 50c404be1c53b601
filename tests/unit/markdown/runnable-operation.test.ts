// Authoring a Responses example: the fence flag takes operation=responses like chat's; an operation
// that is not runnable stops the build with the file, the line and the operations that are.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRunnableMeta, runnablePlugin } from '../../../src/lib/markdown/runnable-plugin.ts';
import { compilePage } from '../../../src/lib/markdown/compile-page.ts';

const dir = mkdtempSync(join(tmpdir(), 'runnable-operation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(markdown: string) {
	const file = join(dir, 'guide.md');
	writeFileSync(file, markdown);
	return compilePage(markdown, [runnablePlugin()], { path: file });
}

describe('operation=responses on a runnable fence', () => {
	it('wraps the block as a Responses example', async () => {
		expect(parseRunnableMeta('runnable operation=responses title="First response"')).toMatchObject({ operation: 'responses', title: 'First response' });
		const html = await run('# Guide\n\n```json runnable operation=responses title="First response"\n{"input": "Hello", "store": false}\n```\n');
		expect(html).toContain('<div class="runnable-example" data-operation="responses" data-title="First response" data-example-id="first-response"><pre><code class="language-json">');
	});

	it('a misspelt operation stops the build with file, line, the value and the runnable operations', async () => {
		const markdown = '# Guide\n\nSome text.\n\n```json runnable operation=respones\n{"input": "Hello"}\n```\n';
		await expect(run(markdown)).rejects.toThrow(
			/guide\.md:5: this runnable block's operation=respones is not runnable; .*\n {2}How to fix: remove the operation or set it to chat\/completions, embeddings, responses\./,
		);
	});
});
