// The default chat deployment runs a reasoning model and refuses what the service refuses for it,
// with the service's exact 400 bodies; driven by the official openai client, as readers' code is.

import OpenAI, { AzureOpenAI, BadRequestError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRAST_CHAT_DEPLOYMENT, CHAT_DEPLOYMENT } from '../../../mock/deployments.ts';
import type { MockServer } from '../../../mock/server.ts';
import { datedUrl, GA, hello, post, startMock } from './helpers.ts';

let mock: MockServer;
beforeAll(async () => {
	mock = await startMock();
});
afterAll(() => mock.close());

const messages = [{ role: 'user' as const, content: 'Summarize the parameter rules.' }];

const MAX_TOKENS_ERROR = {
	message: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
	type: 'invalid_request_error',
	param: 'max_tokens',
	code: 'unsupported_parameter',
};

const TEMPERATURE_ERROR = {
	message: "Unsupported value: 'temperature' does not support 0.3 with this model. Only the default (1) value is supported.",
	type: 'invalid_request_error',
	param: 'temperature',
	code: 'unsupported_value',
};

function azureClient(deployment: string): AzureOpenAI {
	return new AzureOpenAI({ endpoint: mock.url, apiKey: 'test-key', apiVersion: GA, deployment, maxRetries: 0, timeout: 10_000 });
}

function v1Client(): OpenAI {
	return new OpenAI({ baseURL: `${mock.url}/openai/v1/`, apiKey: 'test-key', maxRetries: 0, timeout: 10_000 });
}

async function rejection(promise: Promise<unknown>): Promise<BadRequestError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(BadRequestError);
	return error as BadRequestError;
}

describe(`the default chat deployment (${CHAT_DEPLOYMENT}, a reasoning model)`, () => {
	it('refuses max_tokens with the service’s 400 unsupported_parameter (AzureOpenAI client, dated route)', async () => {
		const error = await rejection(azureClient(CHAT_DEPLOYMENT).chat.completions.create({ model: CHAT_DEPLOYMENT, messages, max_tokens: 100 }));
		expect(error.status).toBe(400);
		expect(error.error).toEqual(MAX_TOKENS_ERROR);
		expect(error.code).toBe('unsupported_parameter');
		expect(error.param).toBe('max_tokens');
	});

	it('refuses a non-default temperature with 400 unsupported_value (OpenAI client, v1 route)', async () => {
		const error = await rejection(v1Client().chat.completions.create({ model: CHAT_DEPLOYMENT, messages, temperature: 0.3 }));
		expect(error.status).toBe(400);
		expect(error.error).toEqual(TEMPERATURE_ERROR);
	});

	it('refuses a non-default top_p the same way', async () => {
		const error = await rejection(v1Client().chat.completions.create({ model: CHAT_DEPLOYMENT, messages, top_p: 0.5 }));
		expect(error.error).toEqual({
			message: "Unsupported value: 'top_p' does not support 0.5 with this model. Only the default (1) value is supported.",
			type: 'invalid_request_error',
			param: 'top_p',
			code: 'unsupported_value',
		});
	});

	it('answers max_completion_tokens, reasoning_effort and the default temperature', async () => {
		const completion = await azureClient(CHAT_DEPLOYMENT).chat.completions.create({
			model: CHAT_DEPLOYMENT,
			messages,
			max_completion_tokens: 5,
			reasoning_effort: 'low',
			temperature: 1,
		});
		expect(completion.model).toBe('gpt-5-mini-2025-08-07');
		expect(completion.choices[0].finish_reason).toBe('length');
		expect(completion.usage?.completion_tokens).toBe(5);
	});

	it('sends the body with the fields in the service’s order (message, type, param, code)', async () => {
		const res = await post(datedUrl(mock, CHAT_DEPLOYMENT), { ...hello, max_tokens: 100 });
		expect(res.status).toBe(400);
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		expect(await res.text()).toBe(JSON.stringify({ error: MAX_TOKENS_ERROR }));
	});
});

describe(`the contrast deployment (${CONTRAST_CHAT_DEPLOYMENT}, not a reasoning model)`, () => {
	it('accepts max_tokens and a custom temperature', async () => {
		const completion = await azureClient(CONTRAST_CHAT_DEPLOYMENT).chat.completions.create({ model: CONTRAST_CHAT_DEPLOYMENT, messages, max_tokens: 5, temperature: 0.3 });
		expect(completion.model).toBe('gpt-4.1-mini-2025-04-14');
		expect(completion.choices[0].finish_reason).toBe('length');
	});
});
