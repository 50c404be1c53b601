import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../../mock/server.ts';
import { datedUrl, hello, post, startMock } from './helpers.ts';

let mock: MockServer;
beforeAll(async () => {
	mock = await startMock();
});
afterAll(() => mock.close());

type Completion = {
	id: string;
	object: string;
	model: string;
	choices: Array<{ index: number; finish_reason: string; message: { role: string; content: string }; content_filter_results: Record<string, unknown> }>;
	prompt_filter_results: Array<{ prompt_index: number; content_filter_results: Record<string, unknown> }>;
	usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
};

describe('chat completions on gpt-5-mini', () => {
	it('answers a chat.completion with Azure headers, annotations and usage', async () => {
		const res = await post(datedUrl(mock, 'gpt-5-mini'), hello);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/json');
		for (const name of ['apim-request-id', 'x-request-id', 'x-ms-region', 'x-ratelimit-remaining-requests', 'x-ratelimit-remaining-tokens', 'azureml-model-session']) {
			expect(res.headers.get(name), name).toBeTruthy();
		}
		const body = (await res.json()) as Completion;
		expect(body.object).toBe('chat.completion');
		expect(body.id).toMatch(/^chatcmpl-/);
		expect(body.model).toBe('gpt-5-mini-2025-08-07');
		expect(body.choices).toHaveLength(1);
		const [choice] = body.choices;
		expect(choice.finish_reason).toBe('stop');
		expect(choice.message.role).toBe('assistant');
		expect(choice.message.content).toContain('How do I call my deployment?');
		expect(choice.message.content).toContain('gpt-5-mini');
		expect(choice.content_filter_results.hate).toEqual({ filtered: false, severity: 'safe' });
		expect(body.prompt_filter_results[0].content_filter_results.jailbreak).toEqual({ filtered: false, detected: false });
		expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
		expect(body.usage.prompt_tokens).toBeGreaterThan(0);
		expect(body.usage.completion_tokens).toBeGreaterThan(0);
	});

	it('gives the same content for the same request and different content for a different one', async () => {
		const first = (await (await post(datedUrl(mock, 'gpt-5-mini'), hello)).json()) as Completion;
		const second = (await (await post(datedUrl(mock, 'gpt-5-mini'), hello)).json()) as Completion;
		const other = (await (await post(datedUrl(mock, 'gpt-5-mini'), { messages: [{ role: 'user', content: 'Something else entirely' }] })).json()) as Completion;
		expect(second.choices[0].message.content).toBe(first.choices[0].message.content);
		expect(second.usage).toEqual(first.usage);
		expect(other.choices[0].message.content).not.toBe(first.choices[0].message.content);
	});

	it('echoes the last user message, reading content given as text parts', async () => {
		const body = {
			messages: [
				{ role: 'system', content: 'You are terse.' },
				{ role: 'user', content: 'first question' },
				{ role: 'assistant', content: 'first answer' },
				{ role: 'user', content: [{ type: 'text', text: 'second question in parts' }] },
			],
		};
		const reply = (await (await post(datedUrl(mock, 'gpt-5-mini'), body)).json()) as Completion;
		expect(reply.choices[0].message.content).toContain('second question in parts');
		expect(reply.choices[0].message.content).not.toContain('first question');
	});

	it('stops at max_tokens (non-reasoning model) and at max_completion_tokens with finish_reason length', async () => {
		for (const [deployment, field] of [
			['gpt-4.1-mini', 'max_tokens'],
			['gpt-4.1-mini', 'max_completion_tokens'],
			['gpt-5-mini', 'max_completion_tokens'],
		]) {
			const full = (await (await post(datedUrl(mock, deployment), hello)).json()) as Completion;
			const cut = (await (await post(datedUrl(mock, deployment), { ...hello, [field]: 5 })).json()) as Completion;
			expect(cut.choices[0].finish_reason, field).toBe('length');
			expect(cut.usage.completion_tokens, field).toBe(5);
			expect(full.choices[0].message.content.startsWith(cut.choices[0].message.content), field).toBe(true);
			expect(cut.choices[0].message.content.length).toBeLessThan(full.choices[0].message.content.length);
		}
	});

	it('refuses a body that is not JSON with a 400 in the service error shape', async () => {
		const res = await post(datedUrl(mock, 'gpt-5-mini'), '{"messages": [');
		expect(res.status).toBe(400);
		const body = (await res.json()) as { error: { code: unknown; message: string; param: unknown; type: string } };
		expect(body.error.type).toBe('invalid_request_error');
		expect(body.error.message).toMatch(/could not parse the JSON body/);
		expect(body.error).toHaveProperty('param');
		expect(body.error).toHaveProperty('code');
	});

	it('refuses a request without messages, naming the parameter', async () => {
		const res = await post(datedUrl(mock, 'gpt-5-mini'), { temperature: 0 });
		expect(res.status).toBe(400);
		expect(res.headers.get('apim-request-id')).toBeTruthy();
		expect(await res.json()).toEqual({
			error: {
				code: 'missing_required_parameter',
				message: "Missing required parameter: 'messages'.",
				param: 'messages',
				type: 'invalid_request_error',
			},
		});
	});

	it('refuses empty messages, unknown roles, bad max_tokens and stream_options without stream', async () => {
		const cases: Array<[unknown, string]> = [
			[{ messages: [] }, 'messages'],
			[{ messages: [{ role: 'robot', content: 'hi' }] }, 'messages[0].role'],
			[{ ...hello, max_tokens: 0 }, 'max_tokens'],
			[{ ...hello, stream_options: { include_usage: true } }, 'stream_options'],
		];
		for (const [body, param] of cases) {
			const res = await post(datedUrl(mock, 'gpt-5-mini'), body);
			expect(res.status, param).toBe(400);
			const error = ((await res.json()) as { error: { param: string; type: string } }).error;
			expect(error.param).toBe(param);
			expect(error.type).toBe('invalid_request_error');
		}
	});

	it('refuses embeddings on the chat deployment and chat on the embeddings deployment', async () => {
		const embeddingsOnChat = await post(datedUrl(mock, 'gpt-5-mini', 'embeddings'), { input: 'x' });
		expect(embeddingsOnChat.status).toBe(400);
		expect(((await embeddingsOnChat.json()) as { error: { code: string } }).error.code).toBe('OperationNotSupported');
		const chatOnEmbeddings = await post(datedUrl(mock, 'text-embedding-3-small'), hello);
		expect(chatOnEmbeddings.status).toBe(400);
		expect(((await chatOnEmbeddings.json()) as { error: { code: string } }).error.code).toBe('OperationNotSupported');
	});
});
