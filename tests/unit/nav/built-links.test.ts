import { describe, expect, it } from 'vitest';
import { BuiltPagesScanner, decodeEntities, scanHtml } from '../../../src/integrations/built-html.ts';
import { checkBuiltLink, findBrokenLinks, pagePathOfFile, type BuiltSite } from '../../../src/integrations/check-built-links.ts';

describe('scanHtml', () => {
	it('reads ids and hrefs from tags only, not from scripts, comments or escaped text', () => {
		const html = `<html><body><h2 id="step-1">Step</h2><a name="legacy"></a>
			<a href="/a/b/#step-1" class=x>ok</a><A HREF='/c/?q=1&amp;r=2'>c</A><link rel="stylesheet" href="/_astro/x.css">
			<script>const s = '<a href="/in-script/">';</script><!-- <a href="/in-comment/"> -->
			<code>&lt;a href="/in-code/"&gt;</code><span data-x="a > b" id="after-gt">t</span></body></html>`;
		const scan = scanHtml(html);
		expect([...scan.ids].sort()).toEqual(['after-gt', 'legacy', 'step-1']);
		expect(scan.links).toEqual([
			{ href: '/a/b/#step-1', tag: 'a' },
			{ href: '/c/?q=1&r=2', tag: 'a' },
			{ href: '/_astro/x.css', tag: 'link' },
		]);
	});

	it('decodes numeric and named entities', () => {
		expect(decodeEntities('&#x2F;a&#47;b&amp;&quot;&unknown;')).toBe('/a/b&"&unknown;');
	});
});

describe('scanning the pages of a build', () => {
	const sidebar = (current: string, extra = '') =>
		`<sl-sidebar-state-persist data-hash="h"><script>const s = '<a href="/no/">';</script><ul><li><a href="/a/"${current === '/a/' ? ' aria-current="page"' : ''} class="large">A</a></li>` +
		`<li><a href="/b/"${current === '/b/' ? ' aria-current="page"' : ''}>B</a></li>${extra}</ul></sl-sidebar-state-persist>`;
	const page = (current: string, extra = '') => `<header><a href="/" id="top">Home</a></header>${sidebar(current, extra)}<main><h2 id="${current.slice(1, -1)}-x">X</h2><a href="#z">z</a></main>`;

	it('reads each page as scanHtml does, the sidebar included', () => {
		const scanner = new BuiltPagesScanner();
		for (const html of [page('/a/'), page('/b/'), page('/a/', '<li><a href="/c/" id="c">C</a></li>'), '<p><a href="/x/">no sidebar</a></p>']) {
			expect(scanner.scan(html)).toEqual(scanHtml(html));
		}
	});

	it('reads a sidebar once however many pages carry it', () => {
		const scanner = new BuiltPagesScanner();
		const first = scanner.scan(page('/a/'));
		const second = scanner.scan(page('/b/'));
		const sidebarLinks = (scan: typeof first) => scan.links.filter((link) => link.href === '/a/' || link.href === '/b/');
		expect(sidebarLinks(second)).toEqual([
			{ href: '/a/', tag: 'a' },
			{ href: '/b/', tag: 'a' },
		]);
		expect(sidebarLinks(second)[0]).toBe(sidebarLinks(first)[0]);
	});
});

describe('checking built links', () => {
	const site: BuiltSite = {
		pages: new Map([
			['/', scanHtml('<a href="/guide/">g</a><a href="#_top">top</a><main id="_top"></main>')],
			['/guide/', scanHtml('<h2 id="overview">Overview</h2><h2 id="troubleshooting">T</h2><a href="../">home</a><a href="#top">top</a>')],
			[
				'/extra/',
				scanHtml(
					'<a href="/nope/">x</a><a href="/guide/#missing">y</a><a href="/guide">z</a><a href="/nope/">again</a><a href="https://example.com/">e</a><a href="mailto:a@b.c">m</a><a href="/llms.txt">l</a><a href="/api/run">api</a><a href="/guide/#troublshooting">t</a>',
				),
			],
		]),
		hasFile: (path) => path === '/llms.txt',
		isOnDemand: (path) => path === '/api/run',
	};

	it('maps built files to the paths they answer', () => {
		expect(pagePathOfFile('index.html')).toBe('/');
		expect(pagePathOfFile('a/b/index.html')).toBe('/a/b/');
		expect(pagePathOfFile('404.html')).toBe('/404.html');
	});

	it('accepts pages, files, on-demand routes, external links, relative links and existing fragments', () => {
		for (const href of ['/guide/', '#_top', '/llms.txt', '/api/run', 'https://example.com/', 'mailto:a@b.c']) expect(checkBuiltLink(site, '/', href)).toBeUndefined();
		expect(checkBuiltLink(site, '/guide/', '../')).toBeUndefined();
		expect(checkBuiltLink(site, '/guide/', '#top')).toBeUndefined();
		expect(checkBuiltLink(site, '/guide/', '#overview')).toBeUndefined();
	});

	it('reports each broken target once per page with the reason and a fix', () => {
		expect(findBrokenLinks(site)).toEqual([
			{ page: '/extra/', href: '/nope/', problem: 'no page or file has the URL /nope/.', fix: 'link to an existing page, or create the page.' },
			{ page: '/extra/', href: '/guide/#missing', problem: 'the page /guide/ has no element with the id "missing".', fix: 'link to a heading that exists on that page, or drop the #fragment.' },
			{ page: '/extra/', href: '/guide', problem: 'the URL lacks its trailing slash (the site\'s pages end in "/").', fix: 'write "/guide/".' },
			{
				page: '/extra/',
				href: '/guide/#troublshooting',
				problem: 'the page /guide/ has no element with the id "troublshooting".',
				fix: 'did you mean "#troubleshooting"? Heading ids are the heading text in lower case with spaces as dashes.',
			},
		]);
	});
});
