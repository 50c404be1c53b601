import { describe, expect, it } from 'vitest';
import { buildShareLink, MAX_SHARED_REQUEST_BYTES, readShareFragment, wrongOperationMessage } from '../../../src/lib/runnable/share-link.ts';

const PAGE = 'https://docs.example.com/providers/azure-openai/setup/?utm=x#intro';
const body = JSON.stringify({ messages: [{ role: 'user', content: 'Grüße, 你好 — ok?' }] });

function decoded(url: string): string {
	const req = new URLSearchParams(new URL(url).hash.slice(1)).get('req') ?? '';
	return `${url}\n${decodeURIComponent(url)}\n${Buffer.from(req, 'base64url').toString('utf8')}`;
}

describe('share links', () => {
	it('round-trips the request (any Unicode) through the fragment, replacing the page fragment', () => {
		const result = buildShareLink(PAGE, { exampleId: 'first-call', operation: 'chat/completions', body }, []);
		expect(result.ok).toBe(true);
		const url = new URL((result as { url: string }).url);
		expect(url.pathname + url.search).toBe('/providers/azure-openai/setup/?utm=x');
		const read = readShareFragment(url.hash);
		expect(read).toEqual({ kind: 'ok', shared: { exampleId: 'first-call', operation: 'chat/completions', body } });
	});

	it('carries the endpoint, deployment and api-version only when given', () => {
		const target = { endpoint: 'https://r.openai.azure.com', deployment: 'dep', apiVersion: 'v1' };
		const url = (buildShareLink(PAGE, { exampleId: 'a', operation: 'responses', body, target }, []) as { url: string }).url;
		expect(readShareFragment(new URL(url).hash)).toMatchObject({ kind: 'ok', shared: { target } });
		const without = (buildShareLink(PAGE, { exampleId: 'a', operation: 'responses', body }, []) as { url: string }).url;
		expect(without).not.toContain('openai.azure.com');
	});

	it('never holds a secret: refuses a body or target that contains one, for many generated secrets', () => {
		for (let i = 0; i < 200; i++) {
			const secret = `canary-${i}-${Math.random().toString(36).slice(2)}`;
			const plain = buildShareLink(PAGE, { exampleId: 'a', operation: 'chat/completions', body }, [secret]);
			expect(plain.ok && decoded(plain.url).includes(secret)).toBe(false);
			const inBody = buildShareLink(PAGE, { exampleId: 'a', operation: 'chat/completions', body: JSON.stringify({ input: `key ${secret}` }) }, [secret]);
			expect(inBody).toEqual({ ok: false, message: 'The request contains your key or token, so it was not put in a link. Remove it from the request and press Share again.' });
			const inTarget = buildShareLink(PAGE, { exampleId: 'a', operation: 'chat/completions', body, target: { endpoint: 'https://r.openai.azure.com', deployment: secret, apiVersion: 'v1' } }, [
				secret,
			]);
			expect(inTarget.ok).toBe(false);
		}
	});

	it('refuses requests over the bound, when sharing and when opening', () => {
		const big = JSON.stringify({ input: 'x'.repeat(MAX_SHARED_REQUEST_BYTES) });
		expect(buildShareLink(PAGE, { exampleId: 'a', operation: 'embeddings', body: big }, [])).toEqual({
			ok: false,
			message: `This request is 13 KB, more than the 12 KB a share link can carry. Shorten it (for example the messages) and press Share again.`,
		});
		const hash = `#run=a&op=embeddings&req=${Buffer.from(big).toString('base64url')}`;
		expect(readShareFragment(hash)).toEqual({
			kind: 'refused',
			exampleId: 'a',
			message: "The shared link's request could not be opened: it is larger than the 12 KB a link may carry. The original sample is shown instead.",
		});
	});

	it('refuses invalid JSON, non-objects and damaged data with a plain message; ignores other fragments', () => {
		const b64 = (text: string) => Buffer.from(text).toString('base64url');
		expect(readShareFragment(`#run=a&req=${b64('{oops')}`)).toMatchObject({ kind: 'refused', message: /it is not a valid JSON object\./ });
		expect(readShareFragment(`#run=a&req=${b64('[1,2]')}`)).toMatchObject({ kind: 'refused', message: /it is not a valid JSON object\./ });
		expect(readShareFragment('#run=a&req=***')).toMatchObject({ kind: 'refused', message: /the link is damaged/ });
		expect(readShareFragment('#run=a')).toMatchObject({ kind: 'refused', message: /the link is damaged/ });
		expect(readShareFragment(`#run=a&req=${Buffer.from([0xff, 0xfe]).toString('base64url')}`)).toMatchObject({ kind: 'refused', message: /damaged/ });
		expect(readShareFragment('#troubleshooting')).toEqual({ kind: 'none' });
		expect(readShareFragment('')).toEqual({ kind: 'none' });
		expect(wrongOperationMessage('embeddings', 'responses')).toBe(
			"The shared link's request could not be opened: it was made for the embeddings operation, and this example sends responses requests. The original sample is shown instead.",
		);
	});
});
