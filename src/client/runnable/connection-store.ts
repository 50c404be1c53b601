/**
 * The one connection shared by every runnable example on the page (and by later pages in the
 * same tab when the reader chose "Remember in this tab"). Listeners re-render toolbars and
 * code previews when it changes.
 */
import { EMPTY_CONNECTION, loadRememberedConnection, persistConnection, type ConnectionSettings } from '../../lib/runnable/connection.ts';

type Listener = (settings: ConnectionSettings) => void;

function tabStorage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined; // storage disabled: memory only
	}
}

let current: ConnectionSettings = loadRememberedConnection(tabStorage()) ?? { ...EMPTY_CONNECTION };
const listeners = new Set<Listener>();

export function getConnection(): ConnectionSettings {
	return current;
}

export function setConnection(next: ConnectionSettings): void {
	current = { ...next };
	persistConnection(tabStorage(), current);
	for (const listener of listeners) listener(current);
}

export function onConnectionChange(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}
