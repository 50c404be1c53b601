/**
 * The Worker build (from global-setup.ts) running in workerd beside a real mock deployment, each
 * on a free loopback port. The Worker reaches the mock only through its MOCK_AZURE_OPENAI_URL var.
 */
import { inject } from 'vitest';
import { startMockServer } from '../../../mock/server.ts';
import { startWorkerDev } from '../../../server/worker-dev.ts';

export interface RunningWorker {
	url: string;
	mockUrl: string;
	/** Lines the mock logged, one per request it received. */
	mockLines: string[];
	/** Lines wrangler and the Worker printed (the proxy's log lines included). */
	workerLines: string[];
	close(): Promise<void>;
}

export async function startWorkerWithMock(vars: Record<string, string> = {}, options: { withMock?: boolean } = {}): Promise<RunningWorker> {
	const mockLines: string[] = [];
	const mock = await startMockServer({ host: '127.0.0.1', port: 0, chunkDelayMs: 5, logger: (line) => mockLines.push(line) });
	const workerLines: string[] = [];
	try {
		const worker = await startWorkerDev({
			distDir: inject('workerDist'),
			host: '127.0.0.1',
			port: 0,
			vars: { ...(options.withMock === false ? {} : { MOCK_AZURE_OPENAI_URL: mock.url }), ...vars },
			onLine: (line) => workerLines.push(line),
		});
		return {
			url: worker.url,
			mockUrl: mock.url,
			mockLines,
			workerLines,
			close: async () => {
				await worker.close();
				await mock.close();
			},
		};
	} catch (error) {
		await mock.close();
		throw error;
	}
}
