/**
 * `npm run dev`: the mock deployment plus `astro dev` (live reload; the same content schema and
 * link checks as the build, shown in the terminal and the browser overlay).
 */
import { spawn } from 'node:child_process';
import { startMockServer } from '../mock/server.ts';

const mock = process.env.MOCK_AZURE_OPENAI_URL ? undefined : await startMockServer({ host: '127.0.0.1', port: Number(process.env.MOCK_PORT || 4011) });
const env = { ...process.env, MOCK_AZURE_OPENAI_URL: process.env.MOCK_AZURE_OPENAI_URL || mock!.url };
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env });
const stop = () => astro.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
astro.on('exit', async (code) => {
	await mock?.close();
	process.exit(code ?? 0);
});
