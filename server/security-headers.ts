/**
 * Headers every answer of the site carries. The Content-Security-Policy keeps scripts to the
 * site's own files (plus the hashes of Starlight's few inline scripts, computed from the built
 * pages at start-up), lets Monaco start its workers from blob: URLs, and lets pages talk only to
 * their own origin (the proxy).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** sha256 sources for every distinct inline <script> in the built pages. */
export function inlineScriptHashes(clientDir: string): string[] {
	const hashes = new Set<string>();
	for (const file of htmlFiles(clientDir)) {
		const html = readFileSync(file, 'utf8');
		for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
			if (match[1].trim() === '') continue;
			hashes.add(`'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`);
		}
	}
	return [...hashes].sort();
}

export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"worker-src 'self' blob:",
		"connect-src 'self'",
		"img-src 'self' data:",
		"font-src 'self' data:",
		"frame-ancestors 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"object-src 'none'",
	].join('; ');
}

export function securityHeaders(csp: string): Record<string, string> {
	return {
		'Content-Security-Policy': csp,
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'X-Frame-Options': 'DENY',
		'Cross-Origin-Opener-Policy': 'same-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
	};
}
