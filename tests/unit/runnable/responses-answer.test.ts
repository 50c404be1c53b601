// The run panel's reading of Responses API answers, fed the mock's own objects and event list.
import { describe, expect, it } from 'vitest';
import { newResponseMeta, responseObject, streamEvents } from '../../../mock/responses-body.ts';
import { buildResponsesReply } from '../../../mock/responses-reply.ts';
import { parseResponsesRequest } from '../../../mock/responses-request.ts';
import { summarizeJsonAnswer } from '../../../src/client/runnable/answer.ts';
import { applyResponsesEvent, newResponsesStreamState } from '../../../src/client/runnable/responses-answer.ts';

function request(body: Record<string, unknown>) {
	const parsed = parseResponsesRequest(body);
	if (!parsed.ok) throw new Error('bad test request');
	return parsed.request;
}

describe('Responses answers in the run panel', () => {
	const req = request({ input: 'Hello there', max_output_tokens: 200 });
	const reply = buildResponsesReply('gpt-5-mini', req, true);
	const meta = newResponseMeta('gpt-5-mini-2025-08-07');

	it('a response object: output text, status and usage with reasoning tokens', () => {
		const summary = summarizeJsonAnswer(responseObject(reply, req, meta, reply.status));
		expect(summary.text).toBe(reply.text);
		expect(summary.status).toBe('completed');
		expect(summary.usage).toEqual({ input_tokens: reply.usage.input_tokens, output_tokens: reply.usage.output_tokens, reasoning_tokens: 64, total_tokens: reply.usage.total_tokens });
	});

	it('the event stream: deltas add up, the terminal event brings status and usage', () => {
		const state = newResponsesStreamState();
		let streamed = '';
		for (const event of streamEvents(reply, req, meta)) streamed += applyResponsesEvent(state, event.type, event);
		expect(streamed).toBe(reply.text);
		expect(state).toMatchObject({ finished: true, status: 'completed', usage: { reasoning_tokens: 64 } });
		expect(state.error).toBeUndefined();
	});

	it('response.failed and the API’s own error event end the stream with the error', () => {
		const failed = newResponsesStreamState();
		for (const event of streamEvents(reply, req, meta, 2)) applyResponsesEvent(failed, event.type, event);
		expect(failed).toMatchObject({ finished: true, status: 'failed', error: 'server_error: The model failed to generate a response. You can retry your request.' });
		const errored = newResponsesStreamState();
		applyResponsesEvent(errored, 'error', { type: 'error', code: 'rate_limit_exceeded', message: 'Slow down.', param: null });
		expect(errored).toMatchObject({ finished: true, error: 'rate_limit_exceeded: Slow down.' });
	});

	it('an incomplete response says why', () => {
		const short = request({ input: 'Hello there', max_output_tokens: 70 });
		const cut = buildResponsesReply('gpt-5-mini', short, true);
		expect(summarizeJsonAnswer(responseObject(cut, short, meta, cut.status)).status).toBe('incomplete (max_output_tokens)');
	});
});
