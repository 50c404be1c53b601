/**
 * Serves the built site (SITE_DIST, default ./dist) with the same server as `npm start`, plus a
 * mock Azure OpenAI deployment, each on a free loopback port.
 */
import { startMockServer, type MockServerOptions } from '../mock/server.ts';
import { startSiteServer } from '../server/site-server.ts';

export interface RunningSite {
	url: string;
	mockUrl: string;
	close(): Promise<void>;
}

/**
 * `mock` tunes the mock's timings (e.g. a shorter `thinkMs` for `slow-thinking`); `distDir` serves
 * another build than SITE_DIST's (bench/editor-compare.ts serves several side by side).
 */
export async function startBuiltSite(options: { mock?: Omit<MockServerOptions, 'host' | 'port'>; distDir?: string } = {}): Promise<RunningSite> {
	const mock = await startMockServer({ ...options.mock, host: '127.0.0.1', port: 0 });
	process.env.MOCK_AZURE_OPENAI_URL = mock.url;
	const site = await startSiteServer({ distDir: options.distDir ?? process.env.SITE_DIST, host: '127.0.0.1', port: 0 });
	return {
		url: site.url,
		mockUrl: mock.url,
		close: async () => {
			await site.close();
			await mock.close();
		},
	};
}
