/**
 * What a process holds open, read from Linux /proc: file descriptors, and how many of them are
 * sockets. For tests and benchmarks that must show nothing is left behind.
 */
import { readdirSync, readlinkSync } from 'node:fs';

export interface OpenResources {
	descriptors: number;
	sockets: number;
}

export function openResources(pid: number): OpenResources {
	const dir = `/proc/${pid}/fd`;
	let sockets = 0;
	const entries = readdirSync(dir);
	for (const fd of entries) {
		try {
			if (readlinkSync(`${dir}/${fd}`).startsWith('socket:')) sockets++;
		} catch {
			// Closed between the listing and the read.
		}
	}
	return { descriptors: entries.length, sockets };
}

/** Polls until the process holds no more than `limit` (or `ms` pass); returns the last reading. */
export async function settleResources(pid: number, limit: OpenResources, ms: number): Promise<OpenResources> {
	const until = Date.now() + ms;
	let now = openResources(pid);
	while ((now.descriptors > limit.descriptors || now.sockets > limit.sockets) && Date.now() < until) {
		await new Promise((done) => setTimeout(done, 100));
		now = openResources(pid);
	}
	return now;
}
