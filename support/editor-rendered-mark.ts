/**
 * Runs in the page (through `page.evaluate`) before the "Edit & run" click: marks
 * `bench:request-rendered` at the first animation frame in which the first example's editor shows
 * the first line of its request (Monaco renders spaces as no-break spaces) and holds focus. Shared
 * by bench/editor-weight.ts (the budget's timing) and bench/editor-profile.ts (its trace window).
 */
export function watchForRenderedRequest(): void {
	const example = document.querySelector<HTMLElement>('.runnable-example')!;
	const copy = example.querySelector<HTMLElement>('[data-code]');
	const text = (copy?.dataset.code ?? example.querySelector('pre')?.textContent ?? '').replace(/\u007f/g, '\n');
	const firstLine =
		text
			.split('\n')
			.map((line) => line.trim())
			.find((line) => line.length > 1) ?? text.trim();
	const check = () => {
		const lines = example.querySelector('.monaco-editor .view-lines')?.textContent?.replace(/\u00a0/g, ' ') ?? '';
		const focused = document.activeElement?.closest('.monaco-editor') != null;
		if (lines.includes(firstLine) && focused) performance.mark('bench:request-rendered');
		else requestAnimationFrame(check);
	};
	requestAnimationFrame(check);
}
