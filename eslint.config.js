// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules, without
// type-aware rules (they would double `astro check`'s work on two cores), and with every rule
// about formatting left to Prettier (eslint-config-prettier). `.astro` files are checked by
// `astro check`, not here.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.builds/', 'node_modules/', '.astro/', 'scratch/', 'tests/fixtures/.tmp-*/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// `_name` marks a parameter a callback's signature requires but this code does not use.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			// Matching control characters is the point of several checks here (header injection, terminal output).
			'no-control-regex': 'off',
			// A `let` assigned once, later than closures that read it (a port known only after listen), stays a `let`.
			'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
		},
	},
	prettier,
);
