/**
 * `npm run bench`: every benchmark, one after the other (so they do not compete for the two
 * cores), each printing its own figures and saying whether its budget is met. The site must be
 * built first (npm run bench does). Runs unattended; a failed budget or benchmark makes the exit
 * code non-zero, after all of them have run.
 *
 * BUILD_SCALE_N (default 200, the budget's size: about 1,000 pages) sets the build-scale size;
 * that benchmark takes most of the time (see BENCHMARKS.md). BENCH_SKIP=build-scale,lighthouse
 * leaves benchmarks out.
 */
import { spawnSync } from 'node:child_process';

const benches: Array<[string, string[]]> = [
	['bench/proxy-load.ts', []],
	['bench/editor-weight.ts', ['7']],
	// About 80 s: 60 s of 500 concurrent streams, 1,000 aborted runs, idle readings before and after.
	['bench/soak.ts', []],
	['bench/page-weight.ts', []],
	['bench/lighthouse.ts', []],
	['bench/build-scale.ts', [process.env.BUILD_SCALE_N ?? '200']],
];
const skipped = new Set(
	(process.env.BENCH_SKIP ?? '')
		.split(',')
		.filter(Boolean)
		.map((name) => `bench/${name.replace(/\.ts$/, '')}.ts`),
);

const summary: string[] = [];
let failed = 0;
for (const [file, args] of benches) {
	if (skipped.has(file)) {
		summary.push(`${file}: skipped (BENCH_SKIP)`);
		continue;
	}
	console.log(`\n=== ${file} ${args.join(' ')}\n`);
	const started = performance.now();
	const result = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit' });
	const minutes = ((performance.now() - started) / 60_000).toFixed(1);
	if (result.status !== 0) failed++;
	summary.push(`${file}: ${result.status === 0 ? 'ok' : `exit ${result.status ?? result.signal} (budget missed or error, see above)`} in ${minutes} min`);
}
console.log(`\n=== summary\n${summary.join('\n')}`);
process.exit(failed === 0 ? 0 : 1);
