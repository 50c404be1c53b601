/**
 * Collects Monaco's stylesheets (see build/vite-monaco-styles.ts) and applies them as one
 * <style> element the first time the editor chunk runs, i.e. when a reader opens an editor.
 */
let sheet: HTMLStyleElement | undefined;

export function addMonacoStyle(css: string): void {
	if (!sheet) {
		sheet = document.createElement('style');
		sheet.dataset.source = 'monaco-editor';
		document.head.append(sheet);
	}
	sheet.append(document.createTextNode(css + '\n'));
}
