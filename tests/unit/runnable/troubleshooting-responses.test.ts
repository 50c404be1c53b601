// Failures a Responses API run meets: a deployment whose model (or region) lacks the API, and a
// response that fails after the stream started. Inputs are the mock's own answers.
import { describe, expect, it } from 'vitest';
import * as azure from '../../../mock/azure-errors.ts';
import { explainFailure, explainResponseFailed, TROUBLESHOOTING_ANCHORS } from '../../../src/lib/runnable/troubleshooting.ts';

describe('Responses API failures', () => {
	it('OperationNotSupported for responses links to "Responses API not available for this model or region"', () => {
		const answer = azure.operationNotSupported('responses', 'text-embedding-3-small');
		const result = explainFailure({ status: answer.status, body: answer.body });
		expect(result.title).toBe('400 The Responses API is not available for this deployment');
		expect(result.explanation).toContain("The deployment's model does not support the Responses API, or the resource's region does not offer it yet.");
		expect(result.explanation).toContain('The responses operation does not work with the specified model, text-embedding-3-small.');
		expect(result.href).toBe(`/providers/azure-openai/setup/#${TROUBLESHOOTING_ANCHORS.responsesUnavailable}`);
		expect(result.field).toBe('target.deployment');
	});

	it('OperationNotSupported for chat completions keeps its general explanation', () => {
		const answer = azure.operationNotSupported('chatCompletion', 'text-embedding-3-small');
		expect(explainFailure({ status: answer.status, body: answer.body }).title).not.toContain('Responses API');
	});

	it('a failed response quotes the service and says what to do', () => {
		const result = explainResponseFailed('server_error: The model failed to generate a response. You can retry your request.');
		expect(result).toEqual({
			title: 'The response failed',
			explanation:
				'The service started the response but could not finish it. Azure said: “server_error: The model failed to generate a response. You can retry your request.” The text received before the failure is kept below.',
			action: 'Run the request again; if it keeps failing, try again later or with a smaller request.',
			href: `/providers/azure-openai/setup/#${TROUBLESHOOTING_ANCHORS.serviceUnavailable}`,
		});
	});
});
