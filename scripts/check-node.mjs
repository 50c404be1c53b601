// Stops npm start/test/build early, with the fix, when the Node running them is too old.
// Plain JavaScript on purpose: it must run (and explain) on the machine's old Node too.
const REQUIRED = [22, 12];
const [major, minor] = process.versions.node.split('.').map(Number);
const tooOld = major < REQUIRED[0] || (major === REQUIRED[0] && minor < REQUIRED[1]);
if (tooOld) {
	console.error(
		[
			`This site needs Node ${REQUIRED.join('.')} or newer, but npm ran Node ${process.versions.node} (${process.execPath}).`,
			'Why: Astro 7 and Starlight require it. The project pins its own Node (the "node" devDependency),',
			'which npm puts first on PATH for npm scripts — unless it was never installed.',
			'Fix: run `npm install` again without --ignore-scripts (the pinned Node is set up by an install script),',
			'or install Node 22.12+ yourself (e.g. with nvm), then re-run the command.',
		].join('\n'),
	);
	process.exit(1);
}
