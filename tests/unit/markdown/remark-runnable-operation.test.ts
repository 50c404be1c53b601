// Authoring a Responses example: the fence flag takes operation=responses like chat's; an operation
// that is not runnable stops the build with the file, the line and the operations that are.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRunnableMeta, remarkRunnable } from '../../../src/lib/markdown/remark-runnable.ts';

const dir = mkdtempSync(join(tmpdir(), 'runnable-operation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(markdown: string) {
	const file = join(dir, 'guide.md');
	writeFileSync(file, markdown);
	const processor = unified().use(remarkParse).use(remarkRunnable);
	const tree = processor.parse(markdown);
	return processor.runSync(tree, { path: file } as never) as unknown as { children: Array<{ type: string; data?: { hProperties?: Record<string, unknown> } }> };
}

describe('operation=responses on a runnable fence', () => {
	it('wraps the block as a Responses example', () => {
		expect(parseRunnableMeta('runnable operation=responses title="First response"')).toMatchObject({ operation: 'responses', title: 'First response' });
		const tree = run('# Guide\n\n```json runnable operation=responses title="First response"\n{"input": "Hello", "store": false}\n```\n');
		const wrapper = tree.children.find((node) => node.type === 'runnableExample');
		expect(wrapper?.data?.hProperties).toMatchObject({ dataOperation: 'responses', dataTitle: 'First response', dataExampleId: 'first-response' });
	});

	it('a misspelt operation stops the build with file, line, the value and the runnable operations', () => {
		const markdown = '# Guide\n\nSome text.\n\n```json runnable operation=respones\n{"input": "Hello"}\n```\n';
		expect(() => run(markdown)).toThrow(
			/guide\.md:5: this runnable block's operation=respones is not runnable; .*\n {2}How to fix: remove the operation or set it to chat\/completions, embeddings, responses\./,
		);
	});
});
