import { describe, expect, it } from 'vitest';
import { docUrl, isExternalLink, parseDocLink, resolveDocHref } from '../../../src/lib/links/doc-link';
import { anchorsOf, slugOfFile } from '../../../src/lib/links/doc-index';

describe('resolveDocHref', () => {
	it.each([
		['/docs/providers/compare-providers.md', '/providers/compare-providers/'],
		['providers/compare-providers', '/providers/compare-providers/'],
		['/providers/compare-providers/', '/providers/compare-providers/'],
		['/providers/compare-providers', '/providers/compare-providers/'],
		['docs/quickstarts/js-server-route.mdx', '/quickstarts/js-server-route/'],
		['/docs/providers/azure-openai/setup.md#troubleshooting', '/providers/azure-openai/setup/#troubleshooting'],
		['/docs/providers/index.md', '/providers/'],
		['/docs/Providers/Compare-Providers.md', '/providers/compare-providers/'],
		['/', '/'],
	])('%s → %s', (href, url) => {
		expect(resolveDocHref(href)).toBe(url);
	});

	it('resolves ./ and ../ against the page the link is written in', () => {
		expect(resolveDocHref('./migrate-from-openai.md', 'providers/azure-openai/setup')).toBe('/providers/azure-openai/migrate-from-openai/');
		expect(resolveDocHref('../compare-providers.md', 'providers/azure-openai/setup')).toBe('/providers/compare-providers/');
	});

	it('leaves external links, bare anchors and assets alone', () => {
		for (const href of ['https://learn.microsoft.com/azure', 'mailto:a@b.c', '//cdn.example.com/x', '#steps', '/favicon.svg', '/llms.txt']) {
			expect(parseDocLink(href)).toBeNull();
		}
		expect(isExternalLink('HTTPS://x')).toBe(true);
		expect(isExternalLink('/x/')).toBe(false);
	});

	it('builds URLs with a trailing slash', () => {
		expect(docUrl('a/b')).toBe('/a/b/');
		expect(docUrl('a/b', 'c')).toBe('/a/b/#c');
		expect(docUrl('')).toBe('/');
	});
});

describe('doc index', () => {
	it('slugs files the way Starlight routes them', () => {
		expect(slugOfFile('providers/azure-openai/setup.md')).toBe('providers/azure-openai/setup');
		expect(slugOfFile('providers/index.mdx')).toBe('providers');
	});

	it('collects heading ids like Starlight, skipping code fences and repeating ids with a suffix', () => {
		const anchors = anchorsOf(
			['---', 'title: x', '---', '## Step 1: Create the resource', '### Portal', '```bash', '# not a heading', '```', '### Portal', '### 404 `DeploymentNotFound`', '## You’ll learn'].join('\n'),
		);
		expect([...anchors]).toEqual(['step-1-create-the-resource', 'portal', 'portal-1', '404-deploymentnotfound', 'youll-learn']);
	});
});
