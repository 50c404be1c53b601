/**
 * The build-done link check: a page whose links lead nowhere stops the build, naming the source
 * file and line, the built page, the target and a fix. Uses a fixture site built with the real
 * site's configuration, plus one page written with a broken link and a broken anchor.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture } from './support/fixture-site';

const brokenPage = [
	'---',
	"import StarlightPage from '@astrojs/starlight/components/StarlightPage.astro';",
	'---',
	"<StarlightPage frontmatter={{ title: 'Extra' }}>",
	'\t<p><a href="/providers/azure-openai/setup/">Setup</a> is fine.</p>',
	'\t<p><a href="/no-such-guide/">A page that does not exist</a></p>',
	'\t<p><a href="/providers/azure-openai/setup/#prerequisite">A heading that does not exist</a></p>',
	'</StarlightPage>',
	'',
].join('\n');

describe('link check after the build', () => {
	const build = buildFixture('seed-site', 'link-check-broken', { 'src/pages/extra.astro': brokenPage });

	it('fails the build naming the file, line, page and target of each broken link', () => {
		expect(build.ok).toBe(false);
		expect(build.output).toContain(
			[
				'Link check: 2 broken internal links in the built site.',
				'src/pages/extra.astro:6 (page /extra/): the link "/no-such-guide/" is broken: no page or file has the URL /no-such-guide/.',
				'  How to fix: link to an existing page, or create the page.',
				'src/pages/extra.astro:7 (page /extra/): the link "/providers/azure-openai/setup/#prerequisite" is broken: the page /providers/azure-openai/setup/ has no element with the id "prerequisite".',
				'  How to fix: did you mean "#prerequisites"? Heading ids are the heading text in lower case with spaces as dashes.',
			].join('\n'),
		);
	});
});

describe('a fixture site with only working links', () => {
	const build = buildFixture('seed-site', 'link-check-ok');

	it('passes the link check, including the links of the home, landing pages and guide chrome', () => {
		expect(build.output).toMatch(/Checked the internal links of \d+ pages: none broken\./);
		expect(build.ok).toBe(true);
		// The pages the site adds to every build are there for the guides' badges and buttons to link to.
		expect(build.html('personas/admin')).toContain('href="/providers/azure-openai/setup/"');
		expect(build.html('providers/azure-openai/setup')).toContain('href="/providers/azure-openai/setup.md"');
	});
});
