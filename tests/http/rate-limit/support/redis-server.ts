/**
 * Debian's redis-server, started by a test on a port it chose, in memory only (`--save ""`,
 * no appendonly), on loopback. `stop()` ends it (the test's outage), `start()` brings it back on
 * the same port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { freePort } from '../../../../server/worker-dev.ts';

const REDIS_SERVER = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server';

export interface TestRedis {
	url: string;
	port: number;
	start(): Promise<void>;
	stop(): Promise<void>;
}

function answersPing(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.setTimeout(500);
		socket.once('connect', () => socket.write('PING\r\n'));
		socket.once('data', (data) => {
			socket.destroy();
			resolve(data.toString().startsWith('+PONG'));
		});
		socket.once('error', () => resolve(false));
		socket.once('timeout', () => {
			socket.destroy();
			resolve(false);
		});
	});
}

export async function startTestRedis(): Promise<TestRedis> {
	if (!existsSync(REDIS_SERVER)) {
		throw new Error(`${REDIS_SERVER} is missing: these tests need Debian's redis-server. Install it with: sudo apt-get install -y redis-server (.ci/run does this), or set REDIS_SERVER_PATH.`);
	}
	const port = await freePort();
	let child: ChildProcess | undefined;
	const redis: TestRedis = {
		url: `redis://127.0.0.1:${port}`,
		port,
		async start() {
			child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: 'ignore' });
			const until = Date.now() + 10_000;
			while (!(await answersPing(port))) {
				if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode} on port ${port}.`);
				if (Date.now() > until) throw new Error(`redis-server did not answer PING on port ${port} within 10 s.`);
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
		},
		async stop() {
			const running = child;
			child = undefined;
			if (!running || running.exitCode !== null) return;
			const exited = new Promise((resolve) => running.once('exit', resolve));
			running.kill('SIGKILL'); // an outage, not a tidy shutdown
			await exited;
		},
	};
	await redis.start();
	return redis;
}
