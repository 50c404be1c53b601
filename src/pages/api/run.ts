/**
 * POST /api/run: runs a sample request against the reader's Azure OpenAI deployment or the local
 * mock. A thin adapter: all rules live in src/lib/proxy (see SECURITY.md).
 */
import type { APIRoute } from 'astro';
import { createProxy, methodNotAllowed, type Proxy } from '../../lib/proxy/create-proxy.ts';

export const prerender = false;

let proxy: Proxy | undefined;

export const POST: APIRoute = ({ request, clientAddress }) => {
	// Created on first use so a misconfigured variable fails with its message, and so the build
	// (which imports this module) needs no runtime environment.
	proxy ??= createProxy(process.env);
	let address: string | undefined;
	try {
		address = clientAddress;
	} catch {
		address = undefined; // some adapters cannot tell; the rate limiter then shares one bucket
	}
	return proxy.handle(request, address);
};

/** Every other method (GET, OPTIONS preflights, ...) gets 405: no CORS is ever granted. */
export const ALL: APIRoute = () => methodNotAllowed();
