/**
 * Which guides have already passed the guide checks in this process, so the build's check pass
 * (check-guides.ts) does not parse them a second time.
 *
 * Why: the check pass exists because Astro's content sync only logs an error thrown by a remark
 * plugin. But the sync runs the same checks while it renders each page (the plugins are in the
 * Markdown pipeline), in the same process and before `astro:build:start`. A page that came
 * through every check there is recorded here with its file's mtime and size; the pass then
 * re-checks only pages the sync did not render (cached from an earlier build, whose links may
 * have gone stale since) or that failed, which it reports with every problem at once. Parsing
 * every guide twice cost about a quarter of the content sync.
 */
import { statSync } from 'node:fs';
import type { MdastPluginEntry } from 'satteri';
import { guidePageOf } from './page-context';

const checked = new Map<string, string>();

function stamp(path: string): string | undefined {
	try {
		const stats = statSync(path);
		return `${stats.mtimeMs}:${stats.size}`;
	} catch {
		return undefined;
	}
}

/** Records that the file at `path`, as it is on disk now, passed every check. */
export function markChecked(path: string): void {
	const now = stamp(path);
	if (now) checked.set(path, now);
}

/** Whether the file at `path` passed every check in this process and has not changed since. */
export function wasChecked(path: string): boolean {
	const recorded = checked.get(path);
	return recorded !== undefined && recorded === stamp(path);
}

/**
 * Goes after the checking plugins (guide fields, doc links, runnable blocks) in the Markdown
 * pipeline: reaching its last hook means none of them threw for this page.
 */
export function checksPassedPlugin(options: { docsDir: string }): MdastPluginEntry {
	return (context) => {
		const page = guidePageOf(context, options.docsDir);
		if (!page) return undefined;
		return {
			name: 'checks-passed',
			after() {
				markChecked(page.path);
			},
		};
	};
}
