/** /llms.txt (llmstxt.org): the site's guides, linked to their Markdown twins, for AI tools. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { llmsTxt } from '../../lib/llms/llms-txt';
import { summarizeGuides } from '../../lib/nav/guide-summaries';
import { siteSettings } from '../../lib/site-settings';

export const prerender = true;

export const GET: APIRoute = async () => {
	const text = llmsTxt({
		title: 'LLM Provider Guides',
		summary:
			'Guides for developers, administrators, architects and security engineers connecting applications to LLM providers, starting with Azure OpenAI: setting up a resource, deploying a model, making and troubleshooting the first call.',
		siteUrl: siteSettings.siteUrl,
		guides: summarizeGuides(await getCollection('docs')),
	});
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
