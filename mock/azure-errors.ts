// Error answers in the shapes Azure OpenAI sends. Wording of service messages follows bodies
// captured from the live service in public issue threads (cited per entry) so that code and
// docs tested against the mock meet the same text as against Azure.

import { isV1ApiVersion } from '../src/lib/catalog/index.ts';

export type ErrorAnswer = {
	status: number;
	body: unknown;
	headers?: Record<string, string>;
};

/** Seconds the 429 answer asks the caller to wait. */
export const RETRY_AFTER_SECONDS = 2;

function azureError(status: number, code: string, message: string): ErrorAnswer {
	return { status, body: { error: { code, message } } };
}

/** Request-validation failures, shaped like the model service's own 400s (passed through by Azure). */
export function invalidRequest(message: string, param: string | null, code: string | null): ErrorAnswer {
	return { status: 400, body: { error: { code, message, param, type: 'invalid_request_error' } } };
}

export function resourceNotFound(): ErrorAnswer {
	// Azure's answer for paths it does not route, and for dated routes without api-version
	// (MicrosoftDocs/azure-docs#110272, #114602).
	return azureError(404, '404', 'Resource not found');
}

export function deploymentNotFound(): ErrorAnswer {
	// chatboxai/chatbox#861, Azure-Samples/azure-search-openai-demo-csharp#379.
	return azureError(404, 'DeploymentNotFound', 'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.');
}

export function methodNotAllowed(method: string): ErrorAnswer {
	return {
		...azureError(405, '405', `The ${method} method is not allowed on this path. Send the request with POST.`),
		headers: { allow: 'POST' },
	};
}

export function unsupportedApiVersion(): ErrorAnswer {
	// hotovo/aider-desk#460.
	return azureError(400, 'BadRequest', 'API version not supported');
}

export function missingKey(): ErrorAnswer {
	// Azure's gateway wording for a request without a key (openai/openai-python#1527).
	return azureError(401, '401', 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.');
}

export function invalidKey(): ErrorAnswer {
	// SciSharp/BotSharp#386, microsoft/semantic-kernel#10337.
	return azureError(
		401,
		'401',
		'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
	);
}

export function accessDenied(): ErrorAnswer {
	// Azure-Samples/azure-sql-db-chatbot#3 (policy-id ThrowExceptionDueToTrafficDenied).
	return azureError(403, '403', 'Access denied due to Virtual Network/Firewall rules.');
}

export function rateLimited(operationId: string, apiVersion: string): ErrorAnswer {
	// Wording after jasonacox/TinyLLM#17; Retry-After per paperless-gpt#814, retry-after-ms per
	// the provisioned-throughput docs cited in Azure/azure-openai-benchmark#32.
	const version = isV1ApiVersion(apiVersion) ? apiVersion : `API version ${apiVersion}`;
	return {
		...azureError(
			429,
			'429',
			`Requests to the ${operationId} Operation under Azure OpenAI ${version} have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after ${RETRY_AFTER_SECONDS} seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.`,
		),
		headers: {
			'retry-after': String(RETRY_AFTER_SECONDS),
			'retry-after-ms': String(RETRY_AFTER_SECONDS * 1000),
		},
	};
}

export function internalServerError(requestId: string): ErrorAnswer {
	// The model service's 500 as passed through by Azure (Azure-Samples/azure-search-openai-demo#1390).
	return {
		status: 500,
		body: {
			error: {
				message: `The server had an error while processing your request. Sorry about that! You can retry your request, or contact us through an Azure support request at: https://go.microsoft.com/fwlink/?linkid=2213926 if the error persists. (Please include the request ID ${requestId} in your message.)`,
				type: 'server_error',
				param: null,
				code: null,
			},
		},
	};
}

export function serviceUnavailable(): ErrorAnswer {
	// No captured 503 body was found; this keeps Azure's {error:{code,message}} shape.
	return azureError(503, 'ServiceUnavailable', 'The service is temporarily unable to process your request. Please try again later.');
}

export function operationNotSupported(operation: string, model: string): ErrorAnswer {
	// What Azure says when a chat deployment is asked for embeddings or the other way round.
	return azureError(
		400,
		'OperationNotSupported',
		`The ${operation} operation does not work with the specified model, ${model}. Please choose different model and try again. You can learn more about which models can be used with each operation here: https://go.microsoft.com/fwlink/?linkid=2197993.`,
	);
}

export function bodyTooLarge(limitBytes: number): ErrorAnswer {
	return azureError(413, 'RequestEntityTooLarge', `The request body is larger than ${limitBytes} bytes. Send a smaller request.`);
}

/**
 * A reasoning model refusing a parameter it does not take (`max_tokens`). Text, field order and
 * code as the service sends them (griptape-ai/ComfyUI-Griptape#312, fish2018/YPrompt#26 for
 * gpt-5.1, ITSpecialist111/ai_automation_suggester#38; see mock/README.md).
 */
export function unsupportedParameter(param: string, use: string): ErrorAnswer {
	return {
		status: 400,
		body: {
			error: {
				message: `Unsupported parameter: '${param}' is not supported with this model. Use '${use}' instead.`,
				type: 'invalid_request_error',
				param,
				code: 'unsupported_parameter',
			},
		},
	};
}

/**
 * A reasoning model refusing a non-default sampling value (`temperature`, `top_p`), as captured
 * from Azure GPT-5 deployments (gabrii/Cursor-Azure-GPT-5#33, holoviz/lumen#1087).
 */
export function unsupportedValue(param: string, value: number, defaultValue: number): ErrorAnswer {
	return {
		status: 400,
		body: {
			error: {
				message: `Unsupported value: '${param}' does not support ${value} with this model. Only the default (${defaultValue}) value is supported.`,
				type: 'invalid_request_error',
				param,
				code: 'unsupported_value',
			},
		},
	};
}
