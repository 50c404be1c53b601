/**
 * The reader's connections, shared by every runnable example on the page (and by later pages in
 * the same tab for those with "Remember in this tab"): several named ones, one active for runs.
 * `getConnection` / `setConnection` act on the active one, as when there was a single connection.
 * Listeners re-render toolbars and code previews when anything changes.
 */
import type { ConnectionSettings } from '../../lib/runnable/connection.ts';
import { loadConnectionList, MOCK_CONNECTION_ID, nextConnectionId, persistConnectionList, type ConnectionList, type SavedConnection } from '../../lib/runnable/saved-connections.ts';

type Listener = (settings: ConnectionSettings) => void;

function tabStorage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined; // storage disabled: memory only
	}
}

const list: ConnectionList = loadConnectionList(tabStorage());
const listeners = new Set<Listener>();

function active(): SavedConnection {
	return list.connections.find((c) => c.id === list.activeId) ?? list.connections[0];
}

function changed() {
	persistConnectionList(tabStorage(), list);
	const settings = active().settings;
	for (const listener of listeners) listener(settings);
}

export function getConnection(): ConnectionSettings {
	return active().settings;
}

/** Replaces the active connection's settings. */
export function setConnection(next: ConnectionSettings): void {
	active().settings = { ...next };
	changed();
}

export function onConnectionChange(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

export function getActiveConnection(): SavedConnection {
	return active();
}

export function getConnections(): readonly SavedConnection[] {
	return list.connections;
}

export function getConnectionById(id: string): SavedConnection | undefined {
	return list.connections.find((c) => c.id === id);
}

export function selectConnection(id: string): void {
	if (!getConnectionById(id)) return;
	list.activeId = id;
	changed();
}

/** Saves settings under a connection (a new one when `id` is undefined) and makes it active; returns its id. */
export function saveConnection(id: string | undefined, name: string, settings: ConnectionSettings): string {
	let connection = id ? getConnectionById(id) : undefined;
	if (!connection) {
		connection = { id: nextConnectionId(list), name, settings: { ...settings } };
		list.connections.push(connection);
	} else {
		connection.settings = { ...settings };
		if (connection.id !== MOCK_CONNECTION_ID) connection.name = name;
	}
	list.activeId = connection.id;
	changed();
	return connection.id;
}

/** Deletes one of the reader's connections (never the built-in mock); the mock becomes active if it was. */
export function deleteConnection(id: string): void {
	if (id === MOCK_CONNECTION_ID) return;
	const index = list.connections.findIndex((c) => c.id === id);
	if (index === -1) return;
	list.connections.splice(index, 1);
	if (list.activeId === id) list.activeId = MOCK_CONNECTION_ID;
	changed();
}

/** Adds a connection without making it active (a shared link's endpoint, still without a key); returns it. */
export function addConnection(name: string, settings: ConnectionSettings): SavedConnection {
	const connection = { id: nextConnectionId(list), name, settings: { ...settings } };
	list.connections.push(connection);
	changed();
	return connection;
}
