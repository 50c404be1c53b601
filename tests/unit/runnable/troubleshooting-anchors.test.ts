// Every anchor the run panel links to must exist as a heading id in the setup guide.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorsOf } from '../../../src/lib/links/doc-index.ts';
import { TROUBLESHOOTING_ANCHORS } from '../../../src/lib/runnable/troubleshooting.ts';
import { REPO } from './support/run-snippet.ts';

describe('TROUBLESHOOTING_ANCHORS', () => {
	const guide = readFileSync(join(REPO, 'src/content/docs/providers/azure-openai/setup.md'), 'utf8');
	const anchors = anchorsOf(guide);
	it.each(Object.entries(TROUBLESHOOTING_ANCHORS))('%s → #%s is a heading in the setup guide', (_name, anchor) => {
		expect([...anchors], `setup.md has no heading with id "${anchor}"`).toContain(anchor);
	});
});
