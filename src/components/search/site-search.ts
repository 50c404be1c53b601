/**
 * <site-search>: the header's search button and the modal <dialog> holding Pagefind's UI.
 *
 * - The button (disabled in the HTML, so it does nothing without JavaScript) opens the dialog;
 *   Ctrl+K (⌘K on Apple devices) toggles it from anywhere on the page, except inside a code
 *   editor, where that chord belongs to the editor.
 * - Escape closes it (the <dialog> element does that itself), so do the close button, a click
 *   on the backdrop and following a result link.
 * - Pagefind (its UI, engine, WebAssembly and filter files) loads once, on the first sign that
 *   the reader is about to search: the pointer over the button, focus on it, a press, or Ctrl+K.
 *   Never on page load or idle: most readers do not search, and Pagefind's engine costs about
 *   86 KB gzip and hundreds of ms of main-thread work on a phone (DESIGN.md, "Stack facts").
 *   The search field takes focus whenever the dialog opens, and what is typed before the UI has
 *   arrived is searched for once it has, with every filter group loaded (see pagefind-engine.ts).
 */
import type { PagefindUI } from '@pagefind/default-ui';
import { mountPagefindUi } from './pagefind-ui.ts';

/** Monaco (the request editors of runnable examples) binds Ctrl+K chords of its own. */
const EDITOR_SELECTOR = '.monaco-editor';
const SEARCH_INPUT_SELECTOR = '.pagefind-ui__search-input';
const STAND_IN_SELECTOR = '.site-search__stand-in';

function isApplePlatform(): boolean {
	return /Mac|iPhone|iPad|iPod/i.test(navigator.platform || navigator.userAgent);
}

/** Events on the search button that show intent to search, before the click itself. */
const INTENT_EVENTS = ['pointerenter', 'focus', 'pointerdown', 'touchstart'] as const;

function isSearchShortcut(event: KeyboardEvent): boolean {
	return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

class SiteSearch extends HTMLElement {
	#opener!: HTMLButtonElement;
	#dialog!: HTMLDialogElement;
	#uiReady: Promise<void> | undefined;
	#pressStartedOnBackdrop = false;

	connectedCallback(): void {
		const opener = this.querySelector<HTMLButtonElement>('[data-open-modal]');
		const dialog = this.querySelector('dialog');
		if (!opener || !dialog) return;
		this.#opener = opener;
		this.#dialog = dialog;

		if (isApplePlatform()) this.#useAppleShortcut();
		this.querySelector<HTMLElement>('[data-shortcut-hint]')?.removeAttribute('hidden');

		opener.addEventListener('click', () => this.open());
		this.querySelector('[data-close-modal]')?.addEventListener('click', () => this.close());
		dialog.addEventListener('pointerdown', (event) => {
			this.#pressStartedOnBackdrop = event.target === dialog;
		});
		dialog.addEventListener('click', (event) => this.#onDialogClick(event));
		document.addEventListener('keydown', this.#onKeydown);
		opener.disabled = false;

		for (const type of INTENT_EVENTS) opener.addEventListener(type, this.#onIntent, { once: true, passive: true });
	}

	disconnectedCallback(): void {
		document.removeEventListener('keydown', this.#onKeydown);
	}

	open(): void {
		if (this.#dialog.open) return;
		this.#dialog.showModal();
		if (!this.querySelector(SEARCH_INPUT_SELECTOR)) this.#showStandInField();
		this.#focusSearchField();
		void this.#loadUi();
	}

	close(): void {
		this.#dialog.close();
	}

	#onIntent = (): void => {
		for (const type of INTENT_EVENTS) this.#opener.removeEventListener(type, this.#onIntent);
		void this.#loadUi();
	};

	#onKeydown = (event: KeyboardEvent): void => {
		if (!isSearchShortcut(event) || event.defaultPrevented) return;
		const target = event.target instanceof Element ? event.target : document.activeElement;
		if (target?.closest(EDITOR_SELECTOR)) return;
		event.preventDefault();
		if (this.#dialog.open) this.close();
		else this.open();
	};

	#onDialogClick(event: MouseEvent): void {
		// The dialog element itself is only hit outside its frame, i.e. on the backdrop. A press
		// that began inside (say, selecting text in the field) and ended outside does not count.
		if (event.target === this.#dialog && this.#pressStartedOnBackdrop) {
			this.close();
			return;
		}
		// A result on the current page only changes the hash: the dialog would stay over it.
		if (event.target instanceof Element && event.target.closest('a[href]')) this.close();
	}

	#useAppleShortcut(): void {
		this.#opener.setAttribute('aria-keyshortcuts', 'Meta+K');
		const modifier = this.querySelector<HTMLElement>('[data-modifier-key]');
		if (modifier) modifier.textContent = '⌘';
	}

	#focusSearchField(): void {
		const field = this.querySelector<HTMLInputElement>(`${SEARCH_INPUT_SELECTOR}, ${STAND_IN_SELECTOR}`);
		field?.focus();
		// Keep typing where the text ends (a field filled by code may put the caret first).
		field?.setSelectionRange(field.value.length, field.value.length);
	}

	/**
	 * Until Pagefind's UI arrives, a plain field takes what the reader types, so keystrokes right
	 * after Ctrl+K are not lost; the UI then searches for that text (see #mountUi).
	 */
	#showStandInField(): void {
		const host = this.querySelector<HTMLElement>('[data-pagefind-host]');
		if (!host || host.querySelector(STAND_IN_SELECTOR)) return;
		const field = document.createElement('input');
		field.type = 'text';
		field.className = 'site-search__stand-in';
		field.placeholder = this.#translations(host).placeholder ?? '';
		field.setAttribute('aria-label', this.#dialog.querySelector('h2')?.textContent ?? '');
		host.prepend(field);
	}

	#translations(host: HTMLElement): Record<string, string> {
		return JSON.parse(host.dataset.translations ?? '{}') as Record<string, string>;
	}

	#loadUi(): Promise<void> {
		this.#uiReady ??= this.#mountUi();
		return this.#uiReady;
	}

	async #mountUi(): Promise<void> {
		// In `astro dev` there is no Pagefind index; the dialog shows a note instead of this host.
		const host = this.querySelector<HTMLElement>('[data-pagefind-host]');
		if (import.meta.env.DEV || !host) return;
		let ui: PagefindUI;
		try {
			ui = await mountPagefindUi(host, this.#translations(host));
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			host.textContent = `Search could not load (${reason}). Check your connection and reload the page to try again.`;
			return;
		}
		// Hand over from the stand-in field, if the dialog opened before the UI was here.
		const standIn = host.querySelector<HTMLInputElement>(STAND_IN_SELECTOR);
		const typed = standIn?.value ?? '';
		standIn?.remove();
		if (typed) ui.triggerSearch(typed);
		if (this.#dialog.open) this.#focusSearchField();
	}
}

customElements.define('site-search', SiteSearch);
