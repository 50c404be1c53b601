/**
 * Several named connections (dev and prod, two regions, two api-versions), one of them active
 * for runs. The built-in mock is always the first and cannot be deleted. Each connection keeps
 * its own "Remember in this tab": remembered ones (key included, as before) live in this tab's
 * sessionStorage under the same key a single connection used; the others only in memory. Never
 * localStorage. Pure: storage is passed in.
 */
import { DEFAULT_API_VERSION } from '../azure/target.ts';
import { describeConnection, EMPTY_CONNECTION, isMockMode, type ConnectionSettings, type ConnectionStorage, CONNECTION_STORAGE_KEY, type Operation } from './connection.ts';

export interface SavedConnection {
	id: string;
	name: string;
	settings: ConnectionSettings;
}

export interface ConnectionList {
	activeId: string;
	/** The built-in mock first, then the reader's connections in the order they were added. */
	connections: SavedConnection[];
}

export const MOCK_CONNECTION_ID = 'mock';
export const MOCK_CONNECTION_NAME = 'Built-in mock';

export function defaultConnectionList(): ConnectionList {
	return { activeId: MOCK_CONNECTION_ID, connections: [{ id: MOCK_CONNECTION_ID, name: MOCK_CONNECTION_NAME, settings: { ...EMPTY_CONNECTION } }] };
}

const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);

function readSettings(value: unknown): ConnectionSettings {
	const parsed = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof ConnectionSettings, unknown>>;
	return {
		endpoint: text(parsed.endpoint, ''),
		deployment: text(parsed.deployment, ''),
		apiVersion: text(parsed.apiVersion, DEFAULT_API_VERSION),
		authType: parsed.authType === 'bearer' ? 'bearer' : 'api-key',
		secret: text(parsed.secret, ''),
		remember: true,
		mockDeployment: text(parsed.mockDeployment, ''),
	};
}

/** The mock entry's settings are always mock mode, whatever was stored. */
function asMock(settings: ConnectionSettings): ConnectionSettings {
	return { ...settings, endpoint: '', deployment: '', secret: '' };
}

/** Reads the remembered connections (and a single connection stored by older versions of the site). */
export function loadConnectionList(storage: ConnectionStorage | undefined): ConnectionList {
	const list = defaultConnectionList();
	try {
		const raw = storage?.getItem(CONNECTION_STORAGE_KEY);
		if (!raw) return list;
		const parsed = JSON.parse(raw) as Record<string, unknown>;
		if (!Array.isArray(parsed.connections)) {
			// One connection, as stored before there were several: it becomes the active one.
			const settings = readSettings(parsed);
			if (isMockMode(settings)) list.connections[0].settings = settings;
			else {
				list.connections.push({ id: 'c1', name: defaultConnectionName(settings), settings });
				list.activeId = 'c1';
			}
			return list;
		}
		for (const item of parsed.connections as unknown[]) {
			if (typeof item !== 'object' || item === null) continue;
			const { id, name, settings } = item as Record<string, unknown>;
			if (typeof id !== 'string' || typeof name !== 'string') continue;
			if (id === MOCK_CONNECTION_ID) list.connections[0].settings = asMock(readSettings(settings));
			else if (!list.connections.some((c) => c.id === id)) list.connections.push({ id, name, settings: readSettings(settings) });
		}
		if (typeof parsed.activeId === 'string' && list.connections.some((c) => c.id === parsed.activeId)) list.activeId = parsed.activeId;
	} catch {
		// Malformed storage is ignored, not trusted.
	}
	return list;
}

/** Stores the connections whose reader ticked "Remember in this tab"; removes the stored copy when none did. */
export function persistConnectionList(storage: ConnectionStorage | undefined, list: ConnectionList): void {
	try {
		const remembered = list.connections.filter((c) => c.settings.remember);
		if (remembered.length === 0) {
			storage?.removeItem(CONNECTION_STORAGE_KEY);
			return;
		}
		const activeId = remembered.some((c) => c.id === list.activeId) ? list.activeId : remembered[0].id;
		storage?.setItem(CONNECTION_STORAGE_KEY, JSON.stringify({ activeId, connections: remembered }));
	} catch {
		// Storage may be disabled; the connections still live in memory for this page.
	}
}

/** A name for a new connection: its host and deployment, or the mock deployment. */
export function defaultConnectionName(settings: ConnectionSettings): string {
	return describeConnection(settings);
}

/** An id not used in the list yet. */
export function nextConnectionId(list: ConnectionList): string {
	for (let n = list.connections.length; ; n++) {
		const id = `c${n}`;
		if (!list.connections.some((c) => c.id === id)) return id;
	}
}

/** What a toolbar or history entry says about a connection: its name (unless it is the built-in mock) and where it goes. */
export function connectionLabel(connection: SavedConnection, operation: Operation = 'chat/completions'): string {
	const where = describeConnection(connection.settings, operation);
	if (connection.id === MOCK_CONNECTION_ID) return where;
	const name = connection.name.trim();
	return name && name !== where ? `${name} — ${where}` : where;
}
