/**
 * The Markdown twin of every guide, at the guide's URL plus `.md`
 * (e.g. /providers/azure-openai/setup.md), for AI tools and "Copy page as Markdown".
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { markdownTwin } from '../../lib/llms/markdown-twin';
import { siteSettings } from '../../lib/site-settings';

export const prerender = true;

export const getStaticPaths = (async () => {
	const docs = await getCollection('docs');
	return docs.filter((doc) => Array.isArray((doc.data as { audience_levels?: unknown }).audience_levels)).map((doc) => ({ params: { slug: doc.id }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: CollectionEntry<'docs'> }> = ({ props }) => {
	const { doc } = props;
	const lastReviewed = (doc.data as { last_reviewed?: Date }).last_reviewed;
	const text = markdownTwin({
		slug: doc.id,
		title: doc.data.title,
		description: doc.data.description,
		lastReviewed: lastReviewed?.toISOString().slice(0, 10),
		body: doc.body ?? '',
		repoUrl: siteSettings.sourceRepoUrl,
		repoRef: siteSettings.sourceRepoRef,
	});
	return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
