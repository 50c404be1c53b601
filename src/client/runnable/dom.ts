/**
 * A tiny element builder. Text always goes in through textContent and attributes through
 * setAttribute, so nothing a request or an answer contains is ever parsed as HTML.
 */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === false) continue;
		element.setAttribute(name, value === true ? '' : value);
	}
	for (const child of children) {
		if (child === null || child === undefined || child === false) continue;
		element.append(typeof child === 'string' ? document.createTextNode(child) : child);
	}
	return element;
}

let counter = 0;
/** A page-unique id for aria-describedby / aria-labelledby links. */
export function uniqueId(prefix: string): string {
	counter += 1;
	return `${prefix}-${counter}`;
}
