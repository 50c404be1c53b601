/**
 * The site's single connection panel: a modal <dialog> where the reader enters their Azure
 * OpenAI endpoint, deployment, api-version and key or token, or picks a mock deployment.
 * Reached from every runnable example and from the page header. Every field is checked in the
 * browser before anything is sent, with the message next to the field (aria-describedby,
 * aria-invalid). The reader can keep several named connections (saved-connections.ts) and pick
 * the one runs use; the built-in mock is always one of them.
 */
import { ALL_API_VERSIONS, API_VERSIONS } from '../../lib/azure/target.ts';
import { DEFAULT_CHAT_MODEL, MOCK_CHAT_DEPLOYMENT, MOCK_EMBEDDINGS_DEPLOYMENT } from '../../lib/catalog/index.ts';
import {
	EMPTY_CONNECTION,
	isMockMode,
	MOCK_DEPLOYMENT_NOTES,
	MOCK_DEPLOYMENTS,
	validateConnection,
	type ConnectionField,
	type ConnectionSettings,
	type FieldErrors,
} from '../../lib/runnable/connection.ts';
import { defaultConnectionName, MOCK_CONNECTION_ID } from '../../lib/runnable/saved-connections.ts';
import { deleteConnection, getActiveConnection, getConnectionById, getConnections, onConnectionChange, saveConnection } from './connection-store.ts';
import { h, uniqueId } from './dom.ts';

export const MOCK_NOTICE = 'Using the built-in mock deployment — enter your own connection to call Azure';
const OTHER_VERSION = '__other__';
const NEW_CONNECTION = '__new__';
const KNOWN_VERSIONS: readonly string[] = ALL_API_VERSIONS;

interface Field {
	input: HTMLInputElement | HTMLSelectElement;
	error: HTMLElement;
	help?: HTMLElement;
}

interface Panel {
	dialog: HTMLDialogElement;
	fields: Record<ConnectionField, Field>;
	versionSelect: HTMLSelectElement;
	authKey: HTMLInputElement;
	authBearer: HTMLInputElement;
	secretLabel: HTMLElement;
	remember: HTMLInputElement;
	notice: HTMLElement;
	mockGroup: HTMLElement;
	choice: HTMLSelectElement;
	name: HTMLInputElement;
	deleteButton: HTMLButtonElement;
	savedStatus: HTMLElement;
}

let panel: Panel | undefined;

function field(label: string, input: HTMLInputElement | HTMLSelectElement, helpText?: string): { wrapper: HTMLElement; field: Field; labelEl: HTMLElement } {
	input.id ||= uniqueId('runnable-field');
	const error = h('p', { class: 'runnable-field-error', id: uniqueId('runnable-error'), hidden: true });
	const help = helpText ? h('p', { class: 'runnable-field-help', id: uniqueId('runnable-help') }, helpText) : undefined;
	if (help) input.setAttribute('aria-describedby', help.id);
	const labelEl = h('label', { for: input.id }, label);
	return { wrapper: h('div', { class: 'runnable-field' }, labelEl, input, help, error), field: { input, error, help }, labelEl };
}

function textInput(attributes: Record<string, string>): HTMLInputElement {
	return h('input', { type: 'text', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', ...attributes });
}

function build(): Panel {
	const titleId = uniqueId('runnable-connection-title');
	const notice = h('p', { class: 'runnable-mode-note' });

	const endpoint = field(
		'Endpoint',
		textInput({ name: 'endpoint', inputmode: 'url', placeholder: 'https://my-resource.openai.azure.com' }),
		'Azure portal → your resource → Keys and Endpoint. Hosts ending in .openai.azure.com, .cognitiveservices.azure.com or .services.ai.azure.com.',
	);
	const deployment = field('Deployment name', textInput({ name: 'deployment', placeholder: DEFAULT_CHAT_MODEL.name }), 'The name you gave the model deployment, not the model name.');

	const versionSelect = h(
		'select',
		{ name: 'apiVersionChoice' },
		h('option', { value: API_VERSIONS.v1 }, 'v1 (the v1 API route, /openai/v1/…)'),
		h('option', { value: API_VERSIONS.v1Preview }, 'preview (v1 API, preview features)'),
		h('optgroup', { label: 'Dated GA' }, ...API_VERSIONS.ga.map((v) => h('option', { value: v }, v))),
		h('optgroup', { label: 'Preview' }, ...API_VERSIONS.preview.map((v) => h('option', { value: v }, v))),
		h('option', { value: OTHER_VERSION }, 'Other…'),
	);
	const versionChoice = field('api-version', versionSelect);
	const versionText = field('Other api-version', textInput({ name: 'apiVersion', placeholder: 'YYYY-MM-DD or YYYY-MM-DD-preview' }));
	versionText.wrapper.classList.add('runnable-field--nested');

	const authName = uniqueId('runnable-auth');
	const authKey = h('input', { type: 'radio', name: authName, value: 'api-key', id: uniqueId('runnable-auth-key') });
	const authBearer = h('input', { type: 'radio', name: authName, value: 'bearer', id: uniqueId('runnable-auth-bearer') });
	const secret = field(
		'API key',
		h('input', { type: 'password', name: 'secret', autocomplete: 'off', spellcheck: 'false' }),
		"Sent only to the site's run service for this request; never put in a URL or in generated code.",
	);
	const remember = h('input', { type: 'checkbox', name: 'remember', id: uniqueId('runnable-remember') });
	const rememberHelp = h(
		'p',
		{ class: 'runnable-field-help', id: uniqueId('runnable-help') },
		"Off: kept in memory until you leave the page. On: kept in this tab's sessionStorage until the tab closes. Never in localStorage.",
	);
	remember.setAttribute('aria-describedby', rememberHelp.id);

	const mockSelect = h(
		'select',
		{ name: 'mockDeployment' },
		h('option', { value: '' }, `${MOCK_CHAT_DEPLOYMENT} (${MOCK_EMBEDDINGS_DEPLOYMENT} for embeddings)`),
		...MOCK_DEPLOYMENTS.map((name) => h('option', { value: name }, MOCK_DEPLOYMENT_NOTES[name] ? `${name} — ${MOCK_DEPLOYMENT_NOTES[name]}` : name)),
	);
	const mock = field('Mock deployment', mockSelect, 'Used while no connection is entered. The error deployments show each failure and how to fix it.');
	const mockGroup = h('fieldset', { class: 'runnable-fieldset' }, h('legend', {}, 'Built-in mock deployment'), mock.wrapper);

	const choiceSelect = h('select', { name: 'connectionChoice' });
	const choice = field('Saved connection', choiceSelect, 'Runs use the connection chosen here. The built-in mock is always one of them.');
	const name = field(
		'Connection name',
		textInput({ name: 'connectionName', placeholder: 'e.g. Dev, Sweden Central, prod' }),
		'Shown on the Connection buttons and in the run history. Leave empty to use the host and deployment.',
	);
	const deleteButton = h('button', { type: 'button', class: 'runnable-button runnable-button--small', 'data-action': 'delete' }, 'Delete this connection');
	const savedStatus = h('p', { class: 'runnable-field-help', role: 'status' });
	const form = h(
		'form',
		{ class: 'runnable-connection-form', novalidate: true },
		h('fieldset', { class: 'runnable-fieldset' }, h('legend', {}, 'Connections'), choice.wrapper, name.wrapper, h('div', { class: 'runnable-field' }, deleteButton), savedStatus),
		notice,
		h(
			'fieldset',
			{ class: 'runnable-fieldset' },
			h('legend', {}, 'Your Azure OpenAI resource'),
			endpoint.wrapper,
			deployment.wrapper,
			h(
				'fieldset',
				{ class: 'runnable-radios' },
				h('legend', {}, 'Authentication'),
				h('label', { for: authKey.id }, authKey, ' API key (api-key header)'),
				h('label', { for: authBearer.id }, authBearer, ' Microsoft Entra ID token (Authorization: Bearer)'),
			),
			secret.wrapper,
			h('div', { class: 'runnable-field runnable-field--check' }, h('label', { for: remember.id }, remember, ' Remember in this tab'), rememberHelp),
		),
		h('fieldset', { class: 'runnable-fieldset' }, h('legend', {}, 'API version'), versionChoice.wrapper, versionText.wrapper),
		mockGroup,
		h(
			'div',
			{ class: 'runnable-dialog-actions' },
			h('button', { type: 'submit', class: 'runnable-button runnable-button--primary' }, 'Save connection'),
			h('button', { type: 'button', class: 'runnable-button', 'data-action': 'use-mock' }, 'Use the mock deployment'),
			h('button', { type: 'button', class: 'runnable-button', 'data-action': 'close' }, 'Close'),
		),
	);
	const dialog = h(
		'dialog',
		{ class: 'runnable-dialog', 'aria-labelledby': titleId },
		h(
			'div',
			{ class: 'runnable-dialog-header' },
			h('h2', { id: titleId }, 'Connection for runnable examples'),
			h('button', { type: 'button', class: 'runnable-icon-button', 'data-action': 'close', 'aria-label': 'Close connection settings' }, '×'),
		),
		form,
	);
	document.body.append(dialog);

	const built: Panel = {
		dialog,
		fields: { endpoint: endpoint.field, deployment: deployment.field, apiVersion: versionText.field, secret: secret.field, mockDeployment: mock.field },
		versionSelect,
		authKey,
		authBearer,
		secretLabel: secret.labelEl,
		remember,
		notice,
		mockGroup,
		choice: choiceSelect,
		name: name.field.input as HTMLInputElement,
		deleteButton,
		savedStatus,
	};
	// api-version errors show at whichever control the reader uses (the select or "Other").
	versionSelectField = versionChoice.field;

	versionSelect.addEventListener('change', () => syncVersionText(built, true));
	choiceSelect.addEventListener('change', () => {
		fillChoice(built, choiceSelect.value);
		showErrors(built, {});
	});
	authKey.addEventListener('change', () => syncAuthLabel(built));
	authBearer.addEventListener('change', () => syncAuthLabel(built));
	form.addEventListener('input', () => {
		updateNotice(built, readForm(built));
		// Once a field was marked, re-check it as the reader types so the message goes away.
		const errors = validateConnection(readForm(built));
		for (const name of Object.keys(built.fields) as ConnectionField[]) {
			if (built.fields[name].input.getAttribute('aria-invalid') === 'true' || (name === 'apiVersion' && versionSelectField?.input.getAttribute('aria-invalid') === 'true'))
				showError(built, name, errors[name]);
		}
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const settings = readForm(built);
		const errors = validateConnection(settings);
		showErrors(built, errors);
		if (Object.keys(errors).length > 0) return focusFirstError(built, errors);
		const chosen = built.choice.value;
		const typedName = built.name.value.trim();
		// The built-in mock stays the mock: Azure details entered on it make a new connection.
		const isNew = chosen === NEW_CONNECTION || (chosen === MOCK_CONNECTION_ID && !isMockMode(settings));
		const existing = isNew ? undefined : getConnectionById(chosen);
		saveConnection(existing?.id, typedName || (existing && existing.id !== MOCK_CONNECTION_ID ? existing.name : defaultConnectionName(settings)), settings);
		dialog.close();
	});
	dialog.addEventListener('click', (event) => {
		const target = event.target as HTMLElement;
		const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
		if (action === 'close') dialog.close();
		if (action === 'use-mock') {
			const next = { ...readForm(built), endpoint: '', deployment: '', secret: '' };
			saveConnection(MOCK_CONNECTION_ID, '', next);
			fillChoice(built, MOCK_CONNECTION_ID);
			showErrors(built, {});
		}
		if (action === 'delete') {
			const doomed = getConnectionById(built.choice.value);
			if (doomed && doomed.id !== MOCK_CONNECTION_ID) {
				deleteConnection(doomed.id);
				fillChoice(built, getActiveConnection().id);
				built.savedStatus.textContent = `Deleted "${doomed.name}". Runs now use ${getActiveConnection().name}.`;
				built.choice.focus();
			}
		}
		// A click on the backdrop (the dialog element itself, outside the content) closes it.
		if (target === dialog) dialog.close();
	});
	onConnectionChange((settings) => updateNotice(built, settings));
	return built;
}

let versionSelectField: Field | undefined;

function syncVersionText(p: Panel, focus: boolean) {
	const other = p.versionSelect.value === OTHER_VERSION;
	const wrapper = p.fields.apiVersion.input.closest<HTMLElement>('.runnable-field')!;
	wrapper.hidden = !other;
	if (other && focus) p.fields.apiVersion.input.focus();
}

function syncAuthLabel(p: Panel) {
	p.secretLabel.textContent = p.authBearer.checked ? 'Entra ID access token' : 'API key';
}

function updateNotice(p: Panel, settings: ConnectionSettings) {
	const mock = isMockMode(settings);
	p.notice.textContent = mock ? MOCK_NOTICE + '.' : "Runs go to your Azure OpenAI resource through this site's run service. Clear the endpoint, deployment and key to use the mock again.";
	p.notice.classList.toggle('runnable-mode-note--mock', mock);
	p.mockGroup.hidden = !mock;
}

function readForm(p: Panel): ConnectionSettings {
	const choice = p.versionSelect.value;
	return {
		endpoint: p.fields.endpoint.input.value,
		deployment: p.fields.deployment.input.value,
		apiVersion: choice === OTHER_VERSION ? p.fields.apiVersion.input.value.trim() : choice,
		authType: p.authBearer.checked ? 'bearer' : 'api-key',
		secret: p.fields.secret.input.value,
		remember: p.remember.checked,
		mockDeployment: p.fields.mockDeployment.input.value,
	};
}

function fill(p: Panel, settings: ConnectionSettings) {
	p.fields.endpoint.input.value = settings.endpoint;
	p.fields.deployment.input.value = settings.deployment;
	const known = KNOWN_VERSIONS.includes(settings.apiVersion);
	p.versionSelect.value = known ? settings.apiVersion : OTHER_VERSION;
	p.fields.apiVersion.input.value = known ? '' : settings.apiVersion;
	syncVersionText(p, false);
	p.authKey.checked = settings.authType !== 'bearer';
	p.authBearer.checked = settings.authType === 'bearer';
	syncAuthLabel(p);
	p.fields.secret.input.value = settings.secret;
	p.remember.checked = settings.remember;
	p.fields.mockDeployment.input.value = settings.mockDeployment;
	updateNotice(p, settings);
}

/** Lists the saved connections in the picker and fills the form with the chosen one (or a blank new one). */
function fillChoice(p: Panel, id: string) {
	p.choice.replaceChildren(...getConnections().map((c) => h('option', { value: c.id }, c.name)), h('option', { value: NEW_CONNECTION }, 'New connection…'));
	const connection = id === NEW_CONNECTION ? undefined : getConnectionById(id);
	p.choice.value = connection ? connection.id : NEW_CONNECTION;
	const isMock = connection?.id === MOCK_CONNECTION_ID;
	p.name.value = connection && !isMock ? connection.name : '';
	p.name.disabled = isMock;
	p.name.placeholder = isMock ? 'The built-in mock (cannot be renamed)' : 'e.g. Dev, Sweden Central, prod';
	p.deleteButton.hidden = !connection || isMock;
	p.savedStatus.textContent = '';
	fill(p, connection ? connection.settings : { ...EMPTY_CONNECTION, apiVersion: getActiveConnection().settings.apiVersion });
}

function showError(p: Panel, name: ConnectionField, message: string | undefined) {
	const target = name === 'apiVersion' && p.versionSelect.value !== OTHER_VERSION && versionSelectField ? versionSelectField : p.fields[name];
	// Clear both api-version controls before marking the one in use.
	const all = name === 'apiVersion' && versionSelectField ? [p.fields.apiVersion, versionSelectField] : [target];
	for (const f of all) {
		f.error.hidden = true;
		f.error.textContent = '';
		f.input.removeAttribute('aria-invalid');
		f.input.setAttribute('aria-describedby', f.help?.id ?? '');
		if (!f.help) f.input.removeAttribute('aria-describedby');
	}
	if (!message) return;
	target.error.textContent = message;
	target.error.hidden = false;
	target.input.setAttribute('aria-invalid', 'true');
	target.input.setAttribute('aria-describedby', [target.error.id, target.help?.id].filter(Boolean).join(' '));
}

function showErrors(p: Panel, errors: FieldErrors) {
	for (const name of Object.keys(p.fields) as ConnectionField[]) showError(p, name, errors[name]);
}

function focusFirstError(p: Panel, errors: FieldErrors) {
	const order: ConnectionField[] = ['endpoint', 'deployment', 'secret', 'apiVersion', 'mockDeployment'];
	const first = order.find((name) => errors[name]);
	if (!first) return;
	const input = first === 'apiVersion' && p.versionSelect.value !== OTHER_VERSION ? p.versionSelect : p.fields[first].input;
	input.focus();
}

/**
 * Opens the panel with the current settings. `errors` (from a run that could not start, or a
 * field the run service refused) are shown at their fields and the first one gets focus.
 */
export function openConnectionPanel(errors: FieldErrors = {}): void {
	panel ??= build();
	fillChoice(panel, getActiveConnection().id);
	showErrors(panel, errors);
	if (!panel.dialog.open) panel.dialog.showModal();
	if (Object.keys(errors).length > 0) focusFirstError(panel, errors);
	else panel.fields.endpoint.input.focus();
}
