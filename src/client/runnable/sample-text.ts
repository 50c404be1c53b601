/** The sample's text as the author wrote it, from Expressive Code's copy button or the <pre>. */
export function originalText(wrapper: HTMLElement): string {
	const copy = wrapper.querySelector<HTMLElement>('[data-code]');
	// Expressive Code stores line breaks in data-code as U+007F.
	if (copy?.dataset.code) return copy.dataset.code.replace(/\u007f/g, '\n');
	const pre = wrapper.querySelector('pre');
	return pre ? pre.innerText.replace(/\n$/, '') : '';
}
