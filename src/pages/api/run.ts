/**
 * POST /api/run: runs a sample request against the reader's Azure OpenAI deployment or the local
 * mock. A thin adapter: all rules live in src/lib/proxy (see SECURITY.md). `#proxy-runtime` is
 * the runtime's half (package.json "imports"): runtime/node.ts on Node, runtime/worker.ts in the
 * Cloudflare Workers build; the core is the same module in both.
 */
import type { APIRoute } from 'astro';
import { methodNotAllowed, type Proxy } from '../../lib/proxy/create-proxy.ts';
import { clientAddressOf, createRuntimeProxy } from '#proxy-runtime';

export const prerender = false;

let proxy: Proxy | undefined;

export const POST: APIRoute = ({ request, clientAddress }) => {
	// Created on first use so a misconfigured variable fails with its message, and so the build
	// (which imports this module) needs no runtime environment.
	proxy ??= createRuntimeProxy();
	let address: string | undefined;
	try {
		address = clientAddress;
	} catch {
		address = undefined; // some adapters cannot tell; the rate limiter then shares one bucket
	}
	return proxy.handle(request, clientAddressOf(request, address));
};

/** Every other method (GET, OPTIONS preflights, ...) gets 405: no CORS is ever granted. */
export const ALL: APIRoute = () => methodNotAllowed();
