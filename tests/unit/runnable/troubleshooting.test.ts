// explainFailure: each failure kind gets its explanation, action and guide link. Inputs use
// the error bodies the mock deployment sends (mock/azure-errors.ts, worded after captured
// Azure answers) and the proxy's problem codes from the shared contract.
import { describe, expect, it } from 'vitest';
import * as azure from '../../../mock/azure-errors.ts';
import { TROUBLESHOOTING_ANCHORS, explainFailure, type FailureExplanation } from '../../../src/lib/runnable/troubleshooting.ts';

const href = (anchor: string) => `/providers/azure-openai/setup/#${anchor}`;

function expectComplete(result: FailureExplanation): void {
	for (const part of [result.title, result.explanation, result.action]) {
		expect(part.trim().length).toBeGreaterThan(5);
		expect(part).not.toMatch(/undefined|\[object Object\]/);
	}
}

describe('Azure error answers', () => {
	it('400 from a reasoning model names the parameter, what to send instead and the Troubleshooting entry', () => {
		const maxTokens = azure.unsupportedParameter('max_tokens', 'max_completion_tokens');
		const result = explainFailure({ status: maxTokens.status, body: maxTokens.body });
		expectComplete(result);
		expect(result.title).toBe('400 Unsupported parameter on a reasoning model: "max_tokens"');
		expect(result.action).toBe('Replace "max_tokens" with "max_completion_tokens" in the request body and run again.');
		expect(result.href).toBe(href(TROUBLESHOOTING_ANCHORS.unsupportedParameter));
		expect(result.field).toBe('body.max_tokens');
		const temperature = azure.unsupportedValue('temperature', 0.3, 1);
		const explained = explainFailure({ status: 400, body: temperature.body });
		expect(explained.action).toBe('Remove "temperature" from the request body (this model accepts only the default, 1) and run again.');
		expect(explained.explanation).toContain("Unsupported value: 'temperature' does not support 0.3 with this model.");
	});

	it('401 with a wrong or missing key points at the key', () => {
		for (const answer of [azure.invalidKey(), azure.missingKey()]) {
			const result = explainFailure({ status: answer.status, body: answer.body });
			expectComplete(result);
			expect(result.title).toMatch(/^401/);
			expect(result.href).toBe(href(TROUBLESHOOTING_ANCHORS.unauthorized));
			expect(result.field).toBe('auth.key');
			expect(result.explanation).toContain((answer.body as { error: { message: string } }).error.message);
		}
	});

	it('401 about a token explains expiry and the scope', () => {
		const result = explainFailure({
			status: 401,
			body: { error: { code: 'PermissionDenied', message: 'Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.' } },
		});
		expect(result.explanation).toMatch(/expired/);
		expect(result.action).toContain('https://cognitiveservices.azure.com');
		expect(result.field).toBe('auth.token');
		expect(result.href).toBe(href(TROUBLESHOOTING_ANCHORS.unauthorized));
	});

	it('403 network denials name the network rules; other 403s the role', () => {
		const network = [
			azure.accessDenied().body,
			{ error: { code: '403', message: 'Public access is disabled. Please configure private endpoint.' } },
			{ error: { code: '403', message: 'Traffic is not from an approved private endpoint.' } },
		];
		for (const body of network) {
			const result = explainFailure({ status: 403, body });
			expect(result.title).toMatch(/network/i);
			expect(result.href).toBe(href(TROUBLESHOOTING_ANCHORS.accessDenied));
		}
		const role = explainFailure({
			status: 403,
			body: { error: { code: 'PermissionDenied', message: 'The principal lacks the required data action Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action.' } },
		});
		expect(role.title).toBe('403 Access denied');
		expect(role.action).toMatch(/Cognitive Services OpenAI User/);
		expect(role.href).toBe(href(TROUBLESHOOTING_ANCHORS.accessDenied));
	});

	it('404 DeploymentNotFound points at the deployment name', () => {
		const answer = azure.deploymentNotFound();
		const result = explainFailure({ status: 404, body: answer.body });
		expect(result.title).toMatch(/DeploymentNotFound/);
		expect(result.field).toBe('target.deployment');
		expect(result.href).toBe(href(TROUBLESHOOTING_ANCHORS.deploymentNotFound));
	});

	it('404 Resource not found is about the endpoint path or api-version', () => {
		const result = explainFailure({ status: 404, body: azure.resourceNotFound().body });
		expect(result.title).toMatch(/Resource not found/);
		expect(result.explanation).toMatch(/endpoint/);
		expect(result.explanation).toMatch(/api-version/);
		expect(result.field).toBeUndefined();
	});

	it('400 unsupported api-version', () => {
		const answer = azure.unsupportedApiVersion();
		const result = explainFailure({ status: answer.status, body: answer.body });
		expect(result.title).toMatch(/api-version/);
		expect(result.field).toBe('target.apiVersion');
		expect(result.href).toBe(href(TROUBLESHOOTING_ANCHORS.unsupportedApiVersion));
	});

	it('400 content_filter explains the filter and links the security guide', () => {
		const body = {
			error: {
				code: 'content_filter',
				message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
				param: 'prompt',
				status: 400,
				innererror: { code: 'ResponsibleAIPolicyViolation' },
			},
		};
		const result = explainFailure({ status: 400, body });
		expect(result.title).toMatch(/content filter/i);
		expect(result.href).toBe('/providers/security-best-practices/');
	});

	it('other 400s name the parameter and highlight it in the body', () => {
		const answer = azure.invalidRequest("'messages' is a required property", 'messages', null);
		const result = explainFailure({ status: 400, body: answer.body });
		expect(result.title).toContain('"messages"');
		expect(result.field).toBe('body.messages');
		expect(result.explanation).toContain("'messages' is a required property");
	});

	it('429 puts the Retry-After seconds in the sentence', () => {
		const answer = azure.rateLimited('ChatCompletions_Create', '2024-10-21');
		const fromHeader = explainFailure({ status: 429, body: answer.body, retryAfterSeconds: 17 });
		expect(fromHeader.explanation).toContain('wait 17 seconds');
		expect(fromHeader.action).toContain('Wait 17 seconds');
		expect(fromHeader.href).toBe(href(TROUBLESHOOTING_ANCHORS.tooManyRequests));
		// Without the header, the number in Azure's message is used.
		const fromMessage = explainFailure({ status: 429, body: answer.body });
		expect(fromMessage.action).toContain(`Wait ${azure.RETRY_AFTER_SECONDS} seconds`);
		expect(explainFailure({ status: 429, body: {}, retryAfterSeconds: 1 }).action).toContain('Wait 1 second ');
	});

	it('500 and 503 are service-side', () => {
		for (const answer of [azure.internalServerError('req-1'), azure.serviceUnavailable()]) {
			const result = explainFailure({ status: answer.status, body: answer.body });
			expect(result.title).toMatch(new RegExp(`^${answer.status}`));
			expect(result.href).toBe(href(TROUBLESHOOTING_ANCHORS.serviceUnavailable));
		}
	});

	it('reads an error body that is still JSON text, and cuts very long messages', () => {
		const long = 'word '.repeat(200);
		const result = explainFailure({ status: 404, body: JSON.stringify({ error: { code: 'DeploymentNotFound', message: long } }) });
		expect(result.title).toMatch(/DeploymentNotFound/);
		expect(result.explanation.length).toBeLessThan(long.length);
		expect(result.explanation).toContain('…');
	});
});

describe('proxy problems', () => {
	it('invalid_field passes the field and the detail through', () => {
		const detail = 'The endpoint must use https://.';
		const result = explainFailure({ status: 400, problem: { code: 'invalid_field', field: 'target.endpoint', detail, status: 400 } });
		expect(result.field).toBe('target.endpoint');
		expect(result.explanation).toBe(detail);
		expect(result.title).toBe('Check the endpoint');
		const version = explainFailure({ problem: { code: 'invalid_field', field: 'target.apiVersion', detail: 'x' } });
		expect(version.href).toBe(href(TROUBLESHOOTING_ANCHORS.unsupportedApiVersion));
	});

	it('recognises a problem+json body even when not passed as problem', () => {
		const body = { type: 'about:blank', title: 'Invalid field', status: 400, detail: 'Enter a deployment name.', code: 'invalid_field', field: 'target.deployment' };
		const result = explainFailure({ status: 400, body });
		expect(result.field).toBe('target.deployment');
		expect(result.explanation).toBe('Enter a deployment name.');
	});

	it.each(['upstream_unreachable', 'upstream_timeout'])('%s links the unreachable entry', (code) => {
		const result = explainFailure({ status: code === 'upstream_timeout' ? 504 : 502, problem: { code, detail: 'Could not connect.' } });
		expect(result.href).toBe(href(TROUBLESHOOTING_ANCHORS.endpointUnreachable));
		expect(result.field).toBe('target.endpoint');
	});

	it('rate_limited says it is this site, with the wait', () => {
		const result = explainFailure({ status: 429, problem: { code: 'rate_limited', detail: 'Too many runs from this address.' }, retryAfterSeconds: 30 });
		expect(result.explanation).toContain('30 seconds');
		expect(result.action).toContain('Wait 30 seconds');
		expect(result.href).toBeUndefined();
	});

	it.each([
		['mock_unavailable', /mock/i],
		['body_too_large', /too large/i],
		['forbidden_origin', /may not use/i],
		['invalid_request', /could not be read/i],
		['unsupported_media_type', /JSON/],
		['upstream_too_large', /too large/i],
		['upstream_invalid', /not what Azure OpenAI sends/],
		['some_future_code', /refused/],
	])('%s has its own explanation', (code, title) => {
		const withDetail = explainFailure({ problem: { code, detail: 'Detail sentence.' } });
		expect(withDetail.title).toMatch(title);
		expect(withDetail.explanation).toContain('Detail sentence.');
		expectComplete(explainFailure({ problem: { code } }));
	});
});

describe('network errors and the rest', () => {
	it('fetch failures say the run service was not reached', () => {
		const result = explainFailure({ networkError: 'TypeError: Failed to fetch' });
		expect(result.title).toMatch(/could not be reached/);
		expect(result.explanation).toContain('Failed to fetch');
		expect(result.href).toBe(href(TROUBLESHOOTING_ANCHORS.endpointUnreachable));
	});

	it('aborts read as timeouts', () => {
		expect(explainFailure({ networkError: 'AbortError: The operation was aborted.' }).title).toMatch(/timed out/);
	});

	it('an empty input still gets an explanation', () => {
		expectComplete(explainFailure({}));
		expectComplete(explainFailure({ status: 418 }));
	});
});
