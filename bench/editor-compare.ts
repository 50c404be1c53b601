/**
 * Compares the "Edit & run" opening of two or more builds run by run, for deciding whether a
 * change to the editor's code helps. On a shared 2-core machine the budget's figure drifts by
 * ±80 ms between series minutes apart (BENCHMARKS.md), more than most single changes move it, so
 * series of bench/editor-weight.ts run one after the other cannot tell them apart. Here every
 * round opens the editor once per build, each in a fresh context, in alternating order, against
 * servers started together; the drift hits all builds alike and the paired differences show it.
 *
 *     ./node_modules/.bin/node bench/editor-compare.ts <build> <build> [...] [--rounds=15] [--hover=ms]
 *
 * A build is a SITE_DIST folder (see src/config/dist-dir.ts). Prints, per build, the median and
 * spread of click → request text rendered in the editor (the same end point and page as
 * bench/editor-weight.ts), and, against the first build, the median of the per-round differences.
 */
import { launchChromium } from '../support/browser.ts';
import { startBuiltSite, type RunningSite } from '../support/built-site.ts';
import { median, openEditorOnce } from '../support/editor-opening.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const builds = args.filter((arg) => !arg.startsWith('--'));
const rounds = option('rounds', 15);
const hoverMs = option('hover', 0);
const guidePath = '/providers/azure-openai/setup/';
if (builds.length < 2) {
	console.error('Give two or more build folders to compare, e.g. `node bench/editor-compare.ts .builds/before .builds/after`.');
	process.exit(2);
}

const sites: RunningSite[] = [];
const browser = await launchChromium();
try {
	for (const distDir of builds) sites.push(await startBuiltSite({ distDir }));
	const times: number[][] = builds.map(() => []);
	for (let round = 0; round < rounds; round += 1) {
		const order = builds.map((_, index) => index);
		if (round % 2) order.reverse();
		for (const index of order) {
			const { marks } = await openEditorOnce(browser, new URL(guidePath, sites[index]!.url).href, { hoverMs });
			times[index]!.push(marks.rendered);
		}
	}
	console.log(`Click → request text rendered in the editor, ${rounds} rounds, one cold context per build per round, alternating order${hoverMs ? `, pointer on the button ${hoverMs} ms first` : ''}:`);
	builds.forEach((build, index) => {
		const own = times[index]!;
		const line = `  ${build}: median ${median(own).toFixed(0)} ms (min ${Math.min(...own).toFixed(0)}, max ${Math.max(...own).toFixed(0)})`;
		if (index === 0) return console.log(line);
		const differences = own.map((value, round) => value - times[0]![round]!);
		const faster = differences.filter((difference) => difference < 0).length;
		console.log(`${line}; against ${builds[0]}: median difference ${median(differences).toFixed(0)} ms, faster in ${faster} of ${rounds} rounds`);
	});
} finally {
	await browser.close();
	for (const site of sites) await site.close();
}
