import { describe, expect, it } from 'vitest';
import { MOCK_CHAT_DEPLOYMENT } from '../../../src/lib/catalog/index.ts';
import { CONNECTION_STORAGE_KEY, EMPTY_CONNECTION } from '../../../src/lib/runnable/connection.ts';
import { connectionLabel, defaultConnectionList, loadConnectionList, MOCK_CONNECTION_ID, persistConnectionList } from '../../../src/lib/runnable/saved-connections.ts';

const storage = () => {
	const data = new Map<string, string>();
	return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
};
const azure = (secret: string, remember: boolean) => ({ ...EMPTY_CONNECTION, endpoint: 'https://my-resource.openai.azure.com', deployment: 'd', secret, remember });

describe('saved connections', () => {
	it('always starts with the built-in mock', () => {
		expect(loadConnectionList(undefined)).toEqual(defaultConnectionList());
		expect(defaultConnectionList().connections[0].id).toBe(MOCK_CONNECTION_ID);
	});

	it('stores only the connections with "Remember in this tab", and reads them back', () => {
		const s = storage();
		const list = defaultConnectionList();
		list.connections.push({ id: 'c1', name: 'prod', settings: azure('memory-only-key', false) }, { id: 'c2', name: 'dev', settings: azure('remembered-key', true) });
		list.activeId = 'c1';
		persistConnectionList(s, list);
		const raw = s.data.get(CONNECTION_STORAGE_KEY)!;
		expect(raw).toContain('remembered-key');
		expect(raw).not.toContain('memory-only-key');
		const back = loadConnectionList(s);
		expect(back.connections.map((c) => c.name)).toEqual(['Built-in mock', 'dev']);
		// The active one was not remembered: the first remembered one is active after a reload.
		expect(back.activeId).toBe('c2');
		list.connections[2].settings.remember = false;
		persistConnectionList(s, list);
		expect(s.data.has(CONNECTION_STORAGE_KEY)).toBe(false);
	});

	it('reads the single connection older pages stored, and keeps the mock entry a mock', () => {
		const s = storage();
		s.setItem(CONNECTION_STORAGE_KEY, JSON.stringify(azure('old-key', true)));
		const list = loadConnectionList(s);
		expect(list.activeId).toBe('c1');
		expect(list.connections[1].settings.secret).toBe('old-key');
		s.setItem(CONNECTION_STORAGE_KEY, JSON.stringify({ activeId: 'mock', connections: [{ id: 'mock', name: 'x', settings: azure('sneaky', true) }] }));
		expect(loadConnectionList(s).connections[0].settings).toMatchObject({ endpoint: '', deployment: '', secret: '' });
	});

	it('labels a connection by name and target, never by its key', () => {
		const label = connectionLabel({ id: 'c1', name: 'Prod', settings: azure('label-key', false) });
		expect(label).toBe('Prod — my-resource.openai.azure.com · d');
		expect(connectionLabel(defaultConnectionList().connections[0])).toBe(`Mock deployment (${MOCK_CHAT_DEPLOYMENT})`);
	});
});
