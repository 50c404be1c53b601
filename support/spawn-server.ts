/**
 * Runs `node server/start.ts` in a child process (as `npm start` does after its build) and waits
 * for its "Site:" line, so tests and benchmarks can watch that process from outside: its exit
 * code, its stderr, its open descriptors in /proc/<pid>/fd.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SpawnedServer {
	child: ChildProcess;
	url: string;
	stdout(): string;
	stderr(): string;
	/** Open file descriptors of the server process right now (Linux /proc). */
	openDescriptors(): number;
	stop(): Promise<void>;
}

export interface SpawnResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

const START = join(process.cwd(), 'server', 'start.ts');

function launch(env: Record<string, string>, args: string[] = []) {
	return spawn(process.execPath, [...args, START], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Starts the server and resolves once it prints where it serves; rejects with its output if it exits first. */
export function spawnServer(env: Record<string, string>, options: { nodeArgs?: string[]; timeoutMs?: number } = {}): Promise<SpawnedServer> {
	const child = launch(env, options.nodeArgs);
	let out = '';
	let err = '';
	child.stdout!.on('data', (chunk) => (out += chunk));
	child.stderr!.on('data', (chunk) => (err += chunk));
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`server/start.ts printed no "Site:" line within ${options.timeoutMs ?? 20_000} ms.\nstdout: ${out}\nstderr: ${err}`));
		}, options.timeoutMs ?? 20_000);
		const onExit = (code: number | null) => {
			clearTimeout(timer);
			reject(new Error(`server/start.ts exited with ${code} before serving.\nstdout: ${out}\nstderr: ${err}`));
		};
		child.once('exit', onExit);
		child.stdout!.on('data', () => {
			const match = /Site:\s+(http:\/\/\S+?)\/?\s/.exec(out);
			if (!match) return;
			clearTimeout(timer);
			child.off('exit', onExit);
			resolve({
				child,
				url: match[1]!,
				stdout: () => out,
				stderr: () => err,
				openDescriptors: () => readdirSync(`/proc/${child.pid}/fd`).length,
				stop: () =>
					new Promise((done) => {
						if (child.exitCode !== null) return done();
						child.once('exit', () => done());
						child.kill('SIGTERM');
					}),
			});
		});
	});
}

/** Runs the server expecting it to stop by itself (a refused setting, a busy port). */
export function runServerToExit(env: Record<string, string>, timeoutMs = 20_000): Promise<SpawnResult> {
	const child = launch(env);
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', (chunk) => (stdout += chunk));
	child.stderr!.on('data', (chunk) => (stderr += chunk));
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`server/start.ts was still running after ${timeoutMs} ms.\nstdout: ${stdout}\nstderr: ${stderr}`));
		}, timeoutMs);
		child.once('exit', (code) => {
			clearTimeout(timer);
			resolve({ code, stdout, stderr });
		});
	});
}
