// Starts the mock for local use: `node mock/cli.ts` (Node 24 runs the TypeScript directly).
// MOCK_HOST and MOCK_PORT choose where it listens; Ctrl+C stops it.

import { GA_API_VERSION } from '../src/lib/catalog/index.ts';
import { CHAT_DEPLOYMENT, DEPLOYMENT_NAMES } from './deployments.ts';
import { startMockServer } from './server.ts';

const host = process.env.MOCK_HOST || '127.0.0.1';
const portText = process.env.MOCK_PORT || '4011';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`MOCK_PORT must be a port number from 0 to 65535, got "${portText}". Unset it to use 4011.`);
	process.exit(1);
}

try {
	const mock = await startMockServer({ host, port, logger: (line) => console.log(line) });
	console.log(`Mock Azure OpenAI listening on ${mock.url}`);
	console.log(`Deployments: ${DEPLOYMENT_NAMES.join(', ')}`);
	console.log(
		`Try: curl -s ${mock.url}/openai/deployments/${CHAT_DEPLOYMENT}/chat/completions?api-version=${GA_API_VERSION} -H 'api-key: any' -H 'content-type: application/json' -d '{"messages":[{"role":"user","content":"Hello"}]}'`,
	);
	const stop = () => {
		mock.close().then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
} catch (error) {
	const reason = error instanceof Error ? error.message : String(error);
	console.error(`Could not start the mock on ${host}:${port}: ${reason}. Pick another port with MOCK_PORT.`);
	process.exit(1);
}
