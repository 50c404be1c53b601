/**
 * Collects Monaco's stylesheets (see build/vite-monaco-styles.ts) and applies them the first
 * time the editor chunk runs, i.e. when a reader opens an editor.
 *
 * The ~100 pieces arrive one per CSS module while the chunk evaluates. They are applied together,
 * as ONE <style> element per batch: appending each piece to a shared <style> made Chromium
 * re-parse the whole, growing sheet on every append (measured: ~190 ms of the click → editor
 * time, see BENCHMARKS.md). A batch is flushed in a microtask, i.e. right after the chunk's
 * module code has run, or earlier by `flushMonacoStyles()`; a later chunk (features loaded after
 * the first paint) gets its own element, so earlier CSS is never parsed twice.
 */
let pending: string[] = [];
let scheduled = false;

export function flushMonacoStyles(): void {
	scheduled = false;
	if (pending.length === 0) return;
	const sheet = document.createElement('style');
	sheet.dataset.source = 'monaco-editor';
	sheet.textContent = pending.join('\n');
	pending = [];
	document.head.append(sheet);
}

export function addMonacoStyle(css: string): void {
	pending.push(css);
	if (!scheduled) {
		scheduled = true;
		queueMicrotask(flushMonacoStyles);
	}
}
