// Prettier matched to the style the code was written in: tabs, single quotes, semicolons,
// trailing commas, long lines. 200 columns is measured, not chosen: of about 16,000 lines of
// TypeScript, 83 were longer, and narrower widths rewrapped several times as many lines.
/** @type {import('prettier').Config} */
export default {
	useTabs: true,
	singleQuote: true,
	semi: true,
	trailingComma: 'all',
	printWidth: 200,
	overrides: [
		// npm writes package.json with two spaces; tsconfig.json follows it.
		{ files: ['package.json', 'tsconfig.json'], options: { useTabs: false, tabWidth: 2 } },
	],
};
