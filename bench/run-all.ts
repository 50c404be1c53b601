/**
 * `npm run bench`: every benchmark, one after the other (so they do not compete for the two
 * cores), each printing its own figures. The site must be built first (npm run bench does).
 */
import { spawnSync } from 'node:child_process';

const benches: Array<[string, string[]]> = [
	['bench/proxy-load.ts', []],
	['bench/editor-weight.ts', ['7']],
	// About 80 s: 60 s of 500 concurrent streams, 1,000 aborted runs, idle readings before and after.
	['bench/soak.ts', []],
];

let failed = 0;
for (const [file, args] of benches) {
	console.log(`\n=== ${file} ${args.join(' ')}\n`);
	const result = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit' });
	if (result.status !== 0) {
		failed++;
		console.error(`${file} exited with ${result.status ?? result.signal}`);
	}
}
process.exit(failed === 0 ? 0 : 1);
