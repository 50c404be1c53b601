/**
 * "Copy as": the request as edited, turned into curl, Node.js fetch, Python requests, or the
 * openai SDKs for JavaScript and Python, aimed at the reader's endpoint and deployment. The key
 * never appears (generateCode reads it from the environment). The code is shown in a visible
 * preview and copied with a confirmation.
 */
import { CODE_LANGUAGES, generateCode, type CodeLanguage } from '../../lib/runnable/codegen.ts';
import { toRunTarget, type Operation } from '../../lib/runnable/connection.ts';
import { getConnection } from './connection-store.ts';
import { h, uniqueId } from './dom.ts';

export interface CopyAsView {
	element: HTMLElement;
	/** Regenerates the preview from the current body text and connection. */
	update(bodyText: string): void;
}

const LANGUAGE_KEY = 'runnable:copy-language';

function rememberedLanguage(): CodeLanguage {
	try {
		const saved = sessionStorage.getItem(LANGUAGE_KEY);
		if (CODE_LANGUAGES.some((language) => language.id === saved)) return saved as CodeLanguage;
	} catch {
		// fall through to the default
	}
	return 'curl';
}

async function writeClipboard(text: string, fallbackSource: HTMLElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// Without clipboard permission: select the preview so Ctrl+C copies it.
		const range = document.createRange();
		range.selectNodeContents(fallbackSource);
		const selection = getSelection();
		selection?.removeAllRanges();
		selection?.addRange(range);
		return false;
	}
}

export function createCopyAs(operation: Operation): CopyAsView {
	const headingId = uniqueId('runnable-copy-title');
	const select = h('select', { id: uniqueId('runnable-copy-language') }, ...CODE_LANGUAGES.map((language) => h('option', { value: language.id }, language.label)));
	select.value = rememberedLanguage();
	const button = h('button', { type: 'button', class: 'runnable-button' }, 'Copy code');
	const confirmation = h('span', { class: 'runnable-copied', role: 'status' });
	const code = h('code', {});
	const preview = h('pre', { class: 'runnable-code-preview', tabindex: '0', 'aria-label': 'Generated code' }, code);
	const element = h(
		'section',
		{ class: 'runnable-copy', 'aria-labelledby': headingId },
		h('h4', { id: headingId, class: 'runnable-subheading' }, 'Copy as code'),
		h('div', { class: 'runnable-copy-controls' }, h('label', { for: select.id }, 'Language'), select, button, confirmation),
		preview,
		h('p', { class: 'runnable-field-help' }, 'Uses your endpoint and deployment from the connection; the key or token is read from an environment variable, never written into the code.'),
	);

	let lastBody = '';
	let hideTimer: number | undefined;

	function update(bodyText: string) {
		lastBody = bodyText;
		let body: unknown;
		try {
			body = JSON.parse(bodyText);
		} catch {
			code.textContent = 'The request body is not valid JSON yet. Fix it in the editor to generate code.';
			button.disabled = true;
			return;
		}
		code.textContent = generateCode(select.value as CodeLanguage, toRunTarget(getConnection(), operation), operation, body);
		button.disabled = false;
	}

	select.addEventListener('change', () => {
		try {
			sessionStorage.setItem(LANGUAGE_KEY, select.value);
		} catch {
			// not remembered; harmless
		}
		confirmation.textContent = '';
		update(lastBody);
	});
	button.addEventListener('click', async () => {
		const label = select.selectedOptions[0]?.textContent ?? 'code';
		const copied = await writeClipboard(code.textContent ?? '', code);
		confirmation.textContent = copied ? `Copied ${label} to the clipboard` : 'Could not reach the clipboard: the code is selected, press Ctrl+C (⌘C) to copy it.';
		confirmation.dataset.state = copied ? 'copied' : 'manual';
		window.clearTimeout(hideTimer);
		hideTimer = window.setTimeout(() => (confirmation.textContent = ''), 6000);
	});
	return { element, update };
}
