/**
 * Route data adjustments driven by guide frontmatter.
 * `show_toc: false` hides the table of contents (Starlight's own `tableOfContents` still works too).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const data = route.entry.data as { show_toc?: boolean };
	if (data.show_toc === false) route.toc = undefined;
});
