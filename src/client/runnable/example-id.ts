/**
 * The stable id of a runnable example on its page (`data-example-id`, set at build time from the
 * author's id or the title); examples rendered without one fall back to their position. Share
 * links and the run history name examples by it.
 */
export function exampleIdOf(wrapper: HTMLElement, index: number): string {
	return wrapper.dataset.exampleId || `example-${index + 1}`;
}
