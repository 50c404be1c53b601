/**
 * Switches an example's Run and Stop buttons between idle and running without losing keyboard
 * focus. Disabling the focused button drops focus to <body> (the reader would have to Tab in
 * again from the top of the page), so focus is handed over first: Run → Stop when a run starts
 * from Run, and back to Run when it ends. Focus anywhere else (the editor, after Ctrl+Enter; a
 * dialog) is left where it is.
 */
export interface RunButtons {
	/** Run disabled, Stop enabled; focus on Run moves to Stop. */
	running(): void;
	/** Run enabled, Stop disabled; focus on Stop (or lost to <body>) moves to Run. */
	idle(): void;
}

function focusLost(): boolean {
	const active = document.activeElement;
	return active === null || active === document.body || active === document.documentElement;
}

export function runButtons(run: HTMLButtonElement, stop: HTMLButtonElement): RunButtons {
	return {
		running() {
			const handOver = document.activeElement === run;
			// Enable Stop before moving focus to it: a disabled button cannot take focus.
			stop.disabled = false;
			if (handOver) stop.focus({ preventScroll: true });
			run.disabled = true;
		},
		idle() {
			run.disabled = false;
			// <body> covers Stop already lost (e.g. a browser that does not focus clicked buttons).
			// No scrolling: the reader may have moved on through the page while the run went on.
			if (document.activeElement === stop || focusLost()) run.focus({ preventScroll: true });
			stop.disabled = true;
		},
	};
}
