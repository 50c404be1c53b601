// Stops npm start/test/build early, with the fix, when the Node running them is too old.
// Plain JavaScript on purpose: it must run (and explain) on the machine's old Node too.
import { pathToFileURL } from 'node:url';

export const REQUIRED_NODE = '22.12.0';

/** The message to show when `version` is older than REQUIRED_NODE, or null when it is new enough. */
export function nodeVersionProblem(version, execPath = 'node') {
	const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
	const [needMajor, needMinor] = REQUIRED_NODE.split('.').map(Number);
	if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
	return [
		`This site needs Node ${REQUIRED_NODE} or newer, but npm ran Node ${version} (${execPath}).`,
		'Why: Astro 7 and Starlight require it. The project pins its own Node (the "node" devDependency),',
		'which npm puts first on PATH for npm scripts — unless it was never installed.',
		'Fix: run `npm install` again without --ignore-scripts (the pinned Node is set up by an install script),',
		'or install Node 22.12+ yourself (e.g. with nvm), then re-run the command.',
	].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const problem = nodeVersionProblem(process.versions.node, process.execPath);
	if (problem) {
		console.error(problem);
		process.exit(1);
	}
}
