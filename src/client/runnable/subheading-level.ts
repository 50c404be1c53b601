/**
 * The run UI's subheadings ("Answer", "Copy as code") take the level just below the heading of
 * the section the example sits in, so the page's outline has no gap (an h4 straight under an h2
 * is a skipped level for screen-reader users, and axe's heading-order rule flags it). The UI is
 * built with a placeholder level; this puts each subheading at the right one.
 */
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** Level of the last heading before `wrapper` in the page, outside runnable examples (2 if none). */
function sectionLevel(wrapper: HTMLElement): number {
	let level = 2;
	for (const heading of document.querySelectorAll<HTMLElement>(HEADINGS)) {
		if (heading.closest('.runnable-example')) continue;
		if (!(heading.compareDocumentPosition(wrapper) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
		level = Number(heading.tagName.slice(1));
	}
	return level;
}

/** Re-levels every `.runnable-subheading` inside `root` for an example at `wrapper`. */
export function fitSubheadings(root: HTMLElement, wrapper: HTMLElement): void {
	const level = Math.min(6, sectionLevel(wrapper) + 1);
	for (const heading of root.querySelectorAll<HTMLElement>('.runnable-subheading')) {
		if (heading.tagName === `H${level}`) continue;
		const replacement = document.createElement(`h${level}`);
		for (const { name, value } of heading.attributes) replacement.setAttribute(name, value);
		replacement.append(...heading.childNodes);
		heading.replaceWith(replacement);
	}
}
