/**
 * "Share": copies a link to this page that opens this example with the edited request filled in
 * (share-link.ts). The link never holds a key or token; the endpoint, deployment and api-version
 * go in only when the reader ticks "Include my endpoint and deployment" (off by default).
 */
import { isMockMode, type ConnectionSettings } from '../../lib/runnable/connection.ts';
import { buildShareLink } from '../../lib/runnable/share-link.ts';
import { secretsOf } from '../../lib/runnable/secrets.ts';
import { validateEndpoint } from '../../lib/azure/target.ts';
import { copyText } from './copy-text.ts';
import { h, uniqueId } from './dom.ts';

export interface ShareViewOptions {
	exampleId: string;
	operation: string;
	getText(): string;
	getConnection(): ConnectionSettings;
	/** Every key and token the reader has entered in any connection. */
	getSecrets(): string[];
}

export interface ShareView {
	button: HTMLButtonElement;
	element: HTMLElement;
}

export function createShareView(options: ShareViewOptions): ShareView {
	const regionId = uniqueId('runnable-share');
	const button = h('button', { type: 'button', class: 'runnable-button', 'aria-expanded': 'false', 'aria-controls': regionId }, 'Share');
	const include = h('input', { type: 'checkbox', id: uniqueId('runnable-share-target') });
	const includeHelp = h(
		'p',
		{ class: 'runnable-field-help', id: uniqueId('runnable-help') },
		'Off: the link holds the request only. On: also your endpoint, deployment and api-version (never your key or token).',
	);
	include.setAttribute('aria-describedby', includeHelp.id);
	const linkInput = h('input', { type: 'text', readonly: true, class: 'runnable-share-link', id: uniqueId('runnable-share-link'), spellcheck: 'false' });
	const copy = h('button', { type: 'button', class: 'runnable-button runnable-button--small' }, 'Copy link');
	const status = h('p', { class: 'runnable-share-status', role: 'status' });
	const element = h(
		'div',
		{ class: 'runnable-share', id: regionId, role: 'group', 'aria-label': 'Share this request', hidden: true },
		h('div', { class: 'runnable-field runnable-field--check' }, h('label', { for: include.id }, include, ' Include my endpoint and deployment'), includeHelp),
		h('div', { class: 'runnable-field' }, h('label', { for: linkInput.id }, 'Link to this request'), h('div', { class: 'runnable-share-row' }, linkInput, copy)),
		status,
	);

	function build(): string | undefined {
		const settings = options.getConnection();
		let target;
		if (include.checked && !isMockMode(settings)) {
			const endpoint = validateEndpoint(settings.endpoint);
			target = { endpoint: endpoint.ok ? endpoint.origin : settings.endpoint.trim(), deployment: settings.deployment.trim(), apiVersion: settings.apiVersion.trim() };
		}
		const page = new URL(location.href);
		page.search = '';
		const result = buildShareLink(page.href, { exampleId: options.exampleId, operation: options.operation, body: options.getText(), target }, secretsOf(options.getSecrets()));
		if (!result.ok) {
			linkInput.value = '';
			status.dataset.state = 'error';
			status.textContent = result.message;
			return undefined;
		}
		linkInput.value = result.url;
		return result.url;
	}

	async function copyLink() {
		const url = build();
		if (!url) return;
		const copied = await copyText(url);
		status.dataset.state = copied ? 'copied' : 'manual';
		const what = include.checked && !isMockMode(options.getConnection()) ? 'the request, your endpoint, deployment and api-version (no key)' : 'the request only (no key, endpoint or deployment)';
		status.textContent = copied ? `Link copied. It holds ${what}.` : `Could not reach the clipboard: the link is selected in the field, press Ctrl+C (⌘C) to copy it. It holds ${what}.`;
		if (!copied) linkInput.select();
	}

	button.addEventListener('click', () => {
		element.hidden = false;
		button.setAttribute('aria-expanded', 'true');
		void copyLink();
	});
	copy.addEventListener('click', () => void copyLink());
	include.addEventListener('change', () => {
		if (build()) {
			status.dataset.state = 'updated';
			status.textContent = include.checked
				? 'Link updated: it now includes your endpoint, deployment and api-version (never your key). Press Copy link.'
				: 'Link updated: request only. Press Copy link.';
		}
	});
	return { button, element };
}
