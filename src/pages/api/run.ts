/**
 * POST /api/run: runs a sample request against the reader's Azure OpenAI deployment or the local
 * mock. A thin adapter: all rules live in src/lib/proxy (see SECURITY.md).
 */
import type { APIRoute } from 'astro';
import { createProxy, type Proxy, type RunContext } from '../../lib/proxy/create-proxy.ts';
import { problemResponse } from '../../lib/proxy/problem.ts';
import { newRunId, RUN_ID_HEADER } from '../../lib/proxy/run-id.ts';

export const prerender = false;

let proxy: Proxy | undefined;

const handle: APIRoute = ({ request, clientAddress, locals }) => {
	// server/site-server.ts passes the run id it chose and the site's origins as Astro locals.
	const { runId = newRunId(), siteOrigins } = locals as RunContext;
	try {
		// Created on first use so that the build (which imports this module) needs no runtime
		// environment. `npm start` has checked the settings before listening (server/settings.ts).
		proxy ??= createProxy(process.env);
	} catch (error) {
		console.error(`[api/run] ${JSON.stringify({ event: 'run', runId, status: 500, code: 'internal_error', error: (error as Error).message })}`);
		const response = problemResponse('internal_error', `The run service is misconfigured, so nothing was sent. Report run id ${runId} to the site's operator.`);
		response.headers.set(RUN_ID_HEADER, runId);
		return response;
	}
	let address: string | undefined;
	try {
		address = clientAddress;
	} catch {
		address = undefined; // some adapters cannot tell; the rate limiter then shares one bucket
	}
	return proxy.handle(request, address, { runId, siteOrigins });
};

export const POST = handle;

/** Every other method (GET, OPTIONS preflights, ...) gets 405 from the proxy core: no CORS is ever granted. */
export const ALL = handle;
