// The mock's Responses API (POST /openai/v1/responses), driven by the official openai npm
// package: responses.create with and without stream, and responses.stream (the helper that
// assembles the final response from the events), plus the wire format the SDK hides.

import OpenAI, { APIError, InternalServerError, NotFoundError, RateLimitError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_DEPLOYMENT, CONTRAST_CHAT_DEPLOYMENT, HTML_FAULT_CONTENT } from '../../../mock/deployments.ts';
import type { MockServer } from '../../../mock/server.ts';
import { post, startMock } from './helpers.ts';

let mock: MockServer;
beforeAll(async () => {
	mock = await startMock();
});
afterAll(() => mock.close());

function client(): OpenAI {
	return new OpenAI({ baseURL: `${mock.url}/openai/v1/`, apiKey: 'test-key', maxRetries: 0, timeout: 10_000 });
}

/** The default deployment runs a reasoning model (catalog); the contrast one a non-reasoning model. */
const DEPLOYMENT = CHAT_DEPLOYMENT;
const PLAIN = CONTRAST_CHAT_DEPLOYMENT;
const question = 'Say hello to the Responses test.';

/** The named events of a raw stream: [event name, parsed data]. */
function namedEvents(text: string): Array<[string, { type: string; sequence_number: number } & Record<string, unknown>]> {
	return text
		.split('\n\n')
		.filter((block) => block.trim() !== '')
		.map((block) => {
			const [eventLine, dataLine, ...rest] = block.split('\n');
			expect(rest).toEqual([]);
			expect(eventLine).toMatch(/^event: /);
			expect(dataLine).toMatch(/^data: /);
			return [eventLine.slice('event: '.length), JSON.parse(dataLine.slice('data: '.length))];
		});
}

describe('responses.create', () => {
	it('answers with a completed response object, output_text and usage', async () => {
		const response = await client().responses.create({ model: DEPLOYMENT, input: question, store: false });
		expect(response.object).toBe('response');
		expect(response.id).toMatch(/^resp_/);
		expect(response.status).toBe('completed');
		// The SDK's Response type has no `store`; the service echoes it.
		expect((response as unknown as { store: boolean }).store).toBe(false);
		expect(response.error).toBeNull();
		// A reasoning model puts its (hidden) reasoning item before the message.
		expect(response.output).toHaveLength(2);
		const [reasoning, message] = response.output;
		expect(reasoning).toMatchObject({ type: 'reasoning', summary: [] });
		expect(reasoning.id).toMatch(/^rs_/);
		expect(message).toMatchObject({ type: 'message', role: 'assistant', status: 'completed' });
		expect(message.type === 'message' && message.id).toMatch(/^msg_/);
		// output_text is the SDK's join of every output_text part.
		expect(response.output_text).toContain(question);
		expect(response.output_text).toContain(`"${DEPLOYMENT}"`);
		const usage = response.usage!;
		expect(usage.input_tokens).toBeGreaterThan(0);
		expect(usage.output_tokens).toBeGreaterThan(0);
		// Reasoning tokens are billed as output tokens (64 at the default medium effort on the mock).
		expect(usage.output_tokens_details.reasoning_tokens).toBe(64);
		expect(usage.output_tokens).toBeGreaterThan(64);
		expect(usage.total_tokens).toBe(usage.input_tokens + usage.output_tokens);
	});

	it('a non-reasoning model has no reasoning item and no reasoning tokens', async () => {
		const response = await client().responses.create({ model: PLAIN, input: question, temperature: 0.2 });
		expect(response.output.map((item) => item.type)).toEqual(['message']);
		expect(response.usage?.output_tokens_details.reasoning_tokens).toBe(0);
		expect(response.output_text).toContain(`"${PLAIN}"`);
	});

	it('applies the catalog parameter rules: a reasoning model refuses a non-default temperature and the chat token limits', async () => {
		await expect(client().responses.create({ model: DEPLOYMENT, input: question, temperature: 0.2 })).rejects.toMatchObject({
			status: 400,
			code: 'unsupported_value',
			param: 'temperature',
			error: { message: "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported." },
		});
		await expect(client().responses.create({ model: PLAIN, input: question, max_tokens: 50 } as never)).rejects.toMatchObject({
			status: 400,
			code: 'unsupported_parameter',
			param: 'max_tokens',
		});
		const effort = await client().responses.create({ model: DEPLOYMENT, input: question, reasoning: { effort: 'low' } });
		expect(effort.usage?.output_tokens_details.reasoning_tokens).toBe(16);
	});

	it('is deterministic and takes a list of input messages and instructions', async () => {
		const input = [{ role: 'user' as const, content: question }];
		const first = await client().responses.create({ model: DEPLOYMENT, input, instructions: 'Be brief.' });
		const second = await client().responses.create({ model: DEPLOYMENT, input, instructions: 'Be brief.' });
		expect(first.output_text).toBe(second.output_text);
		expect(first.instructions).toBe('Be brief.');
		expect(first.id).not.toBe(second.id);
	});

	it('cuts the answer at max_output_tokens with status incomplete', async () => {
		const response = await client().responses.create({ model: PLAIN, input: question, max_output_tokens: 16 });
		expect(response.status).toBe('incomplete');
		expect(response.incomplete_details).toEqual({ reason: 'max_output_tokens' });
		expect(response.usage?.output_tokens).toBe(16);
	});

	it('refuses a request without input with the service 400 shape', async () => {
		const error = await client()
			.responses.create({ model: DEPLOYMENT } as never)
			.catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(APIError);
		expect(error).toMatchObject({ status: 400, code: 'missing_required_parameter', param: 'input' });
	});

	it('surfaces the error deployments as the SDK errors', async () => {
		await expect(client().responses.create({ model: 'missing-deployment', input: question })).rejects.toBeInstanceOf(NotFoundError);
		const limited = await client()
			.responses.create({ model: 'error-429', input: question })
			.catch((caught: unknown) => caught);
		expect(limited).toBeInstanceOf(RateLimitError);
		expect((limited as RateLimitError).message).toContain('Responses_Create');
		expect((limited as RateLimitError).headers?.get('retry-after')).toBe('2');
		await expect(client().responses.create({ model: 'fault-response-failed', input: question })).rejects.toBeInstanceOf(InternalServerError);
	});

	it('answers the embeddings deployment with OperationNotSupported', async () => {
		await expect(client().responses.create({ model: 'text-embedding-3-small', input: question })).rejects.toMatchObject({
			status: 400,
			code: 'OperationNotSupported',
		});
	});

	it('keeps fault-html markup as text', async () => {
		const response = await client().responses.create({ model: 'fault-html', input: question });
		expect(response.output_text).toBe(HTML_FAULT_CONTENT);
	});
});

describe('responses.create with stream: true', () => {
	it('yields the event sequence and the deltas add up to the whole answer', async () => {
		const whole = await client().responses.create({ model: DEPLOYMENT, input: question });
		const stream = await client().responses.create({ model: DEPLOYMENT, input: question, stream: true });
		const types: string[] = [];
		const numbers: number[] = [];
		let text = '';
		let completed: OpenAI.Responses.Response | undefined;
		for await (const event of stream) {
			types.push(event.type);
			numbers.push(event.sequence_number);
			if (event.type === 'response.output_text.delta') text += event.delta;
			if (event.type === 'response.completed') completed = event.response;
		}
		const deltas = types.filter((type) => type === 'response.output_text.delta').length;
		expect(deltas).toBeGreaterThan(3);
		expect(types).toEqual([
			'response.created',
			'response.in_progress',
			// The reasoning item (hidden text, so it opens and closes at once), then the message.
			'response.output_item.added',
			'response.output_item.done',
			'response.output_item.added',
			'response.content_part.added',
			...Array<string>(deltas).fill('response.output_text.delta'),
			'response.output_text.done',
			'response.content_part.done',
			'response.output_item.done',
			'response.completed',
		]);
		expect(numbers).toEqual(types.map((_, index) => index));
		expect(text).toBe(whole.output_text);
		expect(completed?.status).toBe('completed');
		expect(completed?.usage).toEqual(whole.usage);
	});

	it('ends fault-response-failed with response.failed carrying the error', async () => {
		const stream = await client().responses.create({ model: 'fault-response-failed', input: question, stream: true });
		const events: OpenAI.Responses.ResponseStreamEvent[] = [];
		for await (const event of stream) events.push(event);
		const last = events.at(-1)!;
		expect(last.type).toBe('response.failed');
		expect(last.type === 'response.failed' && last.response).toMatchObject({ status: 'failed', error: { code: 'server_error' } });
		expect(events.filter((event) => event.type === 'response.output_text.delta')).toHaveLength(2);
	});
});

describe('responses.stream', () => {
	it('assembles the final response from the events', async () => {
		let text = '';
		const runner = client()
			.responses.stream({ model: DEPLOYMENT, input: question })
			.on('response.output_text.delta', (event) => {
				text += event.delta;
			});
		const final = await runner.finalResponse();
		expect(final.status).toBe('completed');
		expect(final.output_text).toBe(text);
		expect(final.usage?.total_tokens).toBeGreaterThan(0);
	});
});

describe('the wire format', () => {
	it('sends named event lines, no [DONE], and the Azure headers', async () => {
		const res = await post(`${mock.url}/openai/v1/responses`, { model: DEPLOYMENT, input: question, stream: true });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
		expect(res.headers.get('apim-request-id')).toBeTruthy();
		const text = await res.text();
		expect(text).not.toContain('[DONE]');
		for (const [name, data] of namedEvents(text)) expect(data.type).toBe(name);
	});

	it('lives on the v1 route only', async () => {
		const res = await post(`${mock.url}/openai/deployments/${DEPLOYMENT}/responses?api-version=2024-10-21`, { input: question });
		expect(res.status).toBe(404);
		expect(await res.json()).toEqual({ error: { code: '404', message: 'Resource not found' } });
	});

	it('accepts the preview channel', async () => {
		const res = await post(`${mock.url}/openai/v1/responses?api-version=preview`, { model: DEPLOYMENT, input: question });
		expect(res.status).toBe(200);
		expect(((await res.json()) as { status: string }).status).toBe('completed');
	});
});

describe('fault deployments on the Responses route', () => {
	const url = () => `${mock.url}/openai/v1/responses`;

	it('fault-reset sends the opening events and three deltas, then breaks the transfer', async () => {
		const res = await post(url(), { model: 'fault-reset', input: question, stream: true });
		expect(res.status).toBe(200);
		const reader = res.body!.getReader();
		let text = '';
		const decoder = new TextDecoder();
		await expect(
			(async () => {
				for (;;) {
					const { done, value } = await reader.read();
					if (done) return;
					text += decoder.decode(value, { stream: true });
				}
			})(),
		).rejects.toThrow();
		expect(text.match(/^event: response\.output_text\.delta$/gm)).toHaveLength(3);
		expect(text).not.toContain('response.completed');
	});

	it('fault-huge answers a valid 20 MiB response object; fault-invalid-json a cut-off one', async () => {
		const huge = await post(url(), { model: 'fault-huge', input: question });
		expect(huge.headers.get('content-length')).toBe(String(20 * 1024 * 1024));
		const object = (await huge.json()) as { object: string; output: Array<{ content: Array<{ text: string }> }> };
		expect(object.object).toBe('response');
		expect(object.output[0].content[0].text.length).toBeGreaterThan(20_000_000);
		const broken = await post(url(), { model: 'fault-invalid-json', input: question });
		expect(broken.status).toBe(200);
		await expect(broken.json()).rejects.toThrow();
	});
});
