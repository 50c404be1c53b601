/**
 * Turns a failed run into a plain explanation, one thing to do next, and a link to the
 * matching entry of the setup guide's Troubleshooting section.
 *
 * Inputs come from three places: Azure's own error answers (`{error:{code,message}}`, passed
 * through by the proxy), the proxy's refusals (`application/problem+json` with a `code`), and
 * the browser failing to reach the proxy at all. Pure and browser-safe.
 */
import { AZ_TOKEN_COMMAND, DEFAULT_CHAT_MODEL, GA_API_VERSION, parameterRulesFor, TOKEN_AUDIENCE } from '../catalog/index.ts';

export interface FailureInput {
	status?: number;
	body?: unknown;
	problem?: { code?: string; field?: string; detail?: string; status?: number };
	networkError?: string;
	retryAfterSeconds?: number;
}

export interface FailureExplanation {
	title: string;
	explanation: string;
	action: string;
	href?: string;
	field?: string;
}

/** Heading ids of the setup guide's `## Troubleshooting` entries (fixed by the shared contract). */
export const TROUBLESHOOTING_ANCHORS = {
	unauthorized: '401-unauthorized-wrong-or-missing-key',
	accessDenied: '403-access-denied',
	deploymentNotFound: '404-deploymentnotfound',
	unsupportedApiVersion: '400-unsupported-api-version',
	tooManyRequests: '429-too-many-requests',
	serviceUnavailable: '503-service-unavailable',
	endpointUnreachable: 'endpoint-unreachable-or-timed-out',
	capacityExceeded: 'deployment-capacity-exceeded-portal',
	unsupportedParameter: 'unsupported-parameter-on-a-reasoning-model',
	responsesUnavailable: 'responses-api-not-available-for-this-model-or-region',
} as const satisfies Record<string, string>;

type AnchorName = keyof typeof TROUBLESHOOTING_ANCHORS;

const SETUP_GUIDE = '/providers/azure-openai/setup/';
const SECURITY_GUIDE = '/providers/security-best-practices/';

function guide(anchor: AnchorName): string {
	return `${SETUP_GUIDE}#${TROUBLESHOOTING_ANCHORS[anchor]}`;
}

/** Longest service message quoted back to the reader; longer ones are cut at a word. */
const MAX_QUOTE = 300;

interface AzureError {
	code?: string;
	message?: string;
	param?: string;
	innerCode?: string;
}

function text(value: unknown): string | undefined {
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	if (typeof value === 'number') return String(value);
	return undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Reads Azure's `{error:{code,message,param,inner_error}}`, also when the body is still JSON text. */
function azureErrorOf(body: unknown): AzureError | undefined {
	let data = body;
	if (typeof data === 'string') {
		try {
			data = JSON.parse(data);
		} catch {
			return text(data) ? { message: text(data) } : undefined;
		}
	}
	const error = record(record(data)?.error);
	if (!error) return undefined;
	return {
		code: text(error.code),
		message: text(error.message),
		param: text(error.param),
		innerCode: text(record(error.inner_error)?.code) ?? text(record(error.innererror)?.code),
	};
}

/** A body that is the proxy's problem+json, for callers that did not pull it out themselves. */
function problemOf(input: FailureInput): FailureInput['problem'] | undefined {
	if (input.problem) return input.problem;
	const body = record(input.body);
	if (body && typeof body.code === 'string' && ('title' in body || 'type' in body) && !('error' in body)) {
		return { code: body.code, field: text(body.field), detail: text(body.detail), status: typeof body.status === 'number' ? body.status : undefined };
	}
	return undefined;
}

function quote(message: string | undefined): string {
	if (!message) return '';
	const flat = message.replace(/\s+/g, ' ');
	const cut = flat.length > MAX_QUOTE ? flat.slice(0, flat.lastIndexOf(' ', MAX_QUOTE) > 0 ? flat.lastIndexOf(' ', MAX_QUOTE) : MAX_QUOTE) + '…' : flat;
	return ` Azure said: “${cut}”`;
}

function seconds(value: number): string {
	return value === 1 ? '1 second' : `${value} seconds`;
}

/** Retry-After seconds: from the input, else from Azure's "Please retry after N seconds". */
function retryAfter(input: FailureInput, message: string | undefined): number | undefined {
	if (typeof input.retryAfterSeconds === 'number' && Number.isFinite(input.retryAfterSeconds) && input.retryAfterSeconds >= 0) {
		return Math.ceil(input.retryAfterSeconds);
	}
	const match = message ? /retry after (\d+) seconds?/i.exec(message) : null;
	return match ? Number(match[1]) : undefined;
}

const FIELD_NAMES: Record<string, string> = {
	'target.endpoint': 'endpoint',
	'target.deployment': 'deployment name',
	'target.apiVersion': 'api-version',
	'target.operation': 'operation',
	'auth.key': 'key',
	'auth.token': 'token',
	auth: 'credentials',
	body: 'request body',
};

function explainProblem(problem: NonNullable<FailureInput['problem']>, input: FailureInput): FailureExplanation {
	const detail = problem.detail ?? '';
	switch (problem.code) {
		case 'invalid_field': {
			const field = problem.field;
			const name = (field && FIELD_NAMES[field]) || (field?.startsWith('body') ? 'request body' : field || 'input');
			const href = field === 'target.apiVersion' ? guide('unsupportedApiVersion') : field === 'auth.key' || field === 'auth.token' ? guide('unauthorized') : undefined;
			return {
				title: `Check the ${name}`,
				explanation: detail || `The ${name} was refused before anything was sent to Azure.`,
				action: `Correct the ${name} and run the request again.`,
				href,
				field,
			};
		}
		case 'invalid_request':
			return {
				title: 'The request could not be read',
				explanation: detail || 'The run service could not read the request; nothing was sent to Azure.',
				action: 'Make sure the request body is valid JSON (an object, with double-quoted keys and no trailing commas) and run it again.',
				field: problem.field,
			};
		case 'body_too_large':
			return {
				title: 'The request is too large',
				explanation: detail || 'The request body is larger than the run service accepts; nothing was sent to Azure.',
				action: 'Shorten the messages or input and run the request again.',
				field: problem.field ?? 'body',
			};
		case 'forbidden_origin':
			return {
				title: 'This page may not use the run service',
				explanation: detail || 'The run service only accepts requests from this documentation site, and this request came from another origin.',
				action: 'Open the guide from the site’s own address (not a cached or translated copy) and run the request again.',
			};
		case 'unsupported_media_type':
			return {
				title: 'The request was not sent as JSON',
				explanation: detail || 'The run service accepts only application/json requests.',
				action: 'Reload the page and run the request again; if it persists, report it.',
			};
		case 'rate_limited': {
			const wait = retryAfter(input, undefined);
			return {
				title: 'Too many runs from this browser',
				explanation: `${detail || 'This documentation site limits how often a reader can run requests; Azure was not contacted.'}${wait !== undefined ? ` You can run again in ${seconds(wait)}.` : ''}`,
				action: wait !== undefined ? `Wait ${seconds(wait)}, then run the request again.` : 'Wait a moment, then run the request again.',
			};
		}
		case 'mock_unavailable':
			return {
				title: 'The mock deployment is not available',
				explanation: detail || 'This server has no mock Azure OpenAI deployment configured, so mock runs cannot be answered.',
				action: 'Choose your own Azure OpenAI resource as the target, or, when running the site locally, start the mock (node mock/cli.ts) and set MOCK_AZURE_OPENAI_URL before starting the server.',
			};
		case 'upstream_timeout':
			return {
				title: 'Azure did not answer in time',
				explanation: detail || 'The run service reached out to your endpoint but no answer arrived before the time limit.',
				action: 'Check the endpoint is your resource’s endpoint and that its network settings allow public access, then run again. Long answers stream faster with "stream": true.',
				href: guide('endpointUnreachable'),
				field: 'target.endpoint',
			};
		case 'upstream_unreachable':
			return {
				title: 'Your endpoint could not be reached',
				explanation: detail || 'The run service could not connect to the endpoint: the host name may not exist, or the resource may not accept connections from the internet.',
				action: 'Copy the endpoint again from the Azure portal (Keys and Endpoint) and check that the resource name is spelled correctly.',
				href: guide('endpointUnreachable'),
				field: 'target.endpoint',
			};
		case 'upstream_too_large':
			return {
				title: 'Azure’s answer was too large to show',
				explanation: detail || 'The answer from Azure was larger than the run service passes on.',
				action: 'Ask for less: lower max_tokens, request fewer choices (n), or embed fewer inputs at once.',
			};
		case 'upstream_invalid':
			return {
				title: 'The answer was not what Azure OpenAI sends',
				explanation: detail || 'The endpoint answered with something that is not an Azure OpenAI response.',
				action: 'Check that the endpoint is an Azure OpenAI (or Azure AI Foundry) resource endpoint and run the request again.',
				href: guide('endpointUnreachable'),
				field: 'target.endpoint',
			};
		case 'internal_error':
			return {
				title: 'The run service failed',
				explanation: detail || 'The documentation site’s run service failed while handling this request.',
				action: 'Run the request again. If it fails again, report the run id shown with the figures to the site’s maintainers.',
			};
		case 'misdirected_request':
			return {
				title: 'This address is not the documentation site',
				explanation: detail || 'The run service answers only for its own site address, and this page was loaded through another name.',
				action: 'Open the guide from the site’s own address and run the request again.',
			};
		default:
			return {
				title: 'The run service refused the request',
				explanation: detail || `The run service answered with status ${problem.status ?? input.status ?? 'unknown'}.`,
				action: 'Check the highlighted settings and run the request again.',
				field: problem.field,
			};
	}
}

const NETWORK_RULES = /(public access is disabled|private endpoint|virtual network|firewall|trafficdenied|ip address)/i;
const TOKEN_WORDS = /(token|audience|bearer|expired|entra|aad)/i;
const API_VERSION_WORDS = /api[- ]?version/i;

function explainAzure(status: number, error: AzureError | undefined, input: FailureInput): FailureExplanation {
	const message = error?.message;
	const said = quote(message);
	if (status === 401) {
		if (message && TOKEN_WORDS.test(message)) {
			return {
				title: '401 Unauthorized: the token was not accepted',
				explanation: `Azure rejected the bearer token: it has expired (tokens last about an hour), or it was issued for another audience than ${TOKEN_AUDIENCE}.${said}`,
				action: `Get a fresh token for the resource ${TOKEN_AUDIENCE} (${AZ_TOKEN_COMMAND}) and run again.`,
				href: guide('unauthorized'),
				field: 'auth.token',
			};
		}
		return {
			title: '401 Unauthorized: wrong or missing key',
			explanation: `Azure did not accept the credentials: the key is missing, mistyped, from another resource, or was regenerated. A bearer token that expired or has the wrong scope gives the same answer.${said}`,
			action: 'Copy Key 1 or Key 2 again from your resource (Azure portal, Keys and Endpoint) — it must belong to the same resource as the endpoint — and run again.',
			href: guide('unauthorized'),
			field: 'auth.key',
		};
	}
	if (status === 403) {
		if (message && NETWORK_RULES.test(message)) {
			return {
				title: '403 Access denied by network rules',
				explanation: `The resource only accepts traffic from approved networks or private endpoints, so requests from the internet (including this site) are refused.${said}`,
				action: 'Allow this caller in the resource’s Networking settings, or run the generated code from a machine inside the approved network.',
				href: guide('accessDenied'),
			};
		}
		return {
			title: '403 Access denied',
			explanation: `The credentials were recognised but are not allowed to call this deployment. With a token this usually means your identity lacks the Cognitive Services OpenAI User role on the resource.${said}`,
			action: 'Assign the Cognitive Services OpenAI User role to your identity on the resource (role assignments can take a few minutes to apply), or use a key instead.',
			href: guide('accessDenied'),
		};
	}
	if (status === 404) {
		if (error?.code === 'DeploymentNotFound') {
			return {
				title: '404 DeploymentNotFound',
				explanation: `The resource has no deployment with this name. The deployment name is the one you chose when deploying, not the model name; a deployment created in the last few minutes may not be ready yet.${said}`,
				action: 'Copy the deployment name from Azure AI Foundry (Deployments), or wait five minutes after creating it, then run again.',
				href: guide('deploymentNotFound'),
				field: 'target.deployment',
			};
		}
		return {
			title: '404 Resource not found',
			explanation: `Azure did not recognise the request path. This usually means the endpoint is not the resource's endpoint, or the api-version does not offer this operation (the v1 API also needs a resource that supports it).${said}`,
			action: `Check the endpoint (Azure portal, Keys and Endpoint) and try the GA api-version ${GA_API_VERSION}.`,
			href: guide('deploymentNotFound'),
		};
	}
	if (status === 400) {
		// The Responses API asked of a deployment whose model (or region) does not offer it.
		if (error?.code === 'OperationNotSupported' && message && /\bresponses\b/i.test(message)) {
			return {
				title: '400 The Responses API is not available for this deployment',
				explanation: `The deployment's model does not support the Responses API, or the resource's region does not offer it yet.${said}`,
				action: 'Deploy a model that supports the Responses API in a region that offers it, or call the same deployment with chat completions.',
				href: guide('responsesUnavailable'),
				field: 'target.deployment',
			};
		}
		if (message && API_VERSION_WORDS.test(message)) {
			return {
				title: '400 Unsupported api-version',
				explanation: `Azure does not know this api-version, or it has been retired.${said}`,
				action: `Choose the GA version ${GA_API_VERSION}, a listed preview version, or the v1 API (v1, or preview for its preview features), and run again.`,
				href: guide('unsupportedApiVersion'),
				field: 'target.apiVersion',
			};
		}
		if ((error?.code === 'unsupported_parameter' || error?.code === 'unsupported_value') && error.param) {
			return explainUnsupportedParameter(error.param, said);
		}
		if (error?.code === 'content_filter' || error?.innerCode === 'ResponsibleAIPolicyViolation') {
			return {
				title: '400 Blocked by the content filter',
				explanation: `Azure's content filter flagged the prompt, so no completion was generated. The key, endpoint and deployment are fine.${said}`,
				action: 'Rephrase the prompt. If legitimate content is blocked, review the deployment’s content filter configuration in Azure AI Foundry.',
				href: SECURITY_GUIDE,
				field: 'body',
			};
		}
		return {
			title: error?.param ? `400 Bad request: check "${error.param}"` : '400 Bad request',
			explanation: `Azure could not accept the request body${error?.param ? `; the problem is in "${error.param}"` : ''}.${said}`,
			action: error?.param ? `Fix "${error.param}" in the request body and run again.` : 'Fix the request body as the message says and run again.',
			field: error?.param ? `body.${error.param}` : 'body',
		};
	}
	if (status === 429) {
		const wait = retryAfter(input, message);
		const waitText = wait !== undefined ? `Azure asks you to wait ${seconds(wait)} before retrying.` : 'Azure did not say how long to wait.';
		return {
			title: '429 Too many requests',
			explanation: `The deployment hit its tokens-per-minute or requests-per-minute quota. ${waitText}${said}`,
			action:
				wait !== undefined
					? `Wait ${seconds(wait)} and run again. In your app, retry after the Retry-After header, or raise the deployment's quota.`
					: "Wait a little and run again. In your app, retry with backoff, or raise the deployment's quota.",
			href: guide('tooManyRequests'),
		};
	}
	if (status === 500 || status === 502 || status === 503 || status === 504) {
		const title = status === 500 ? '500 Internal server error' : status === 503 ? '503 Service unavailable' : `${status} Service error`;
		return {
			title,
			explanation: `Azure OpenAI failed to handle the request; this is on the service side, not your settings.${said}`,
			action: 'Retry in a few seconds. If it persists, check Azure status for your region or use a deployment in another region.',
			href: guide('serviceUnavailable'),
		};
	}
	return {
		title: `${status} Request failed`,
		explanation: `Azure OpenAI answered with status ${status}.${said}`,
		action: 'Check the settings and the request body, then run again.',
	};
}

/**
 * A reasoning model refusing `max_tokens` or a non-default sampling value. What to send instead
 * comes from the catalog's parameter rules for reasoning models.
 */
function explainUnsupportedParameter(param: string, said: string): FailureExplanation {
	const rules = parameterRulesFor(DEFAULT_CHAT_MODEL.name);
	const replacement = rules.unsupported.find((rule) => rule.param === param)?.use;
	const defaultOnly = rules.defaultOnly.find((rule) => rule.param === param);
	const action = replacement
		? `Replace "${param}" with "${replacement}" in the request body and run again.`
		: defaultOnly
			? `Remove "${param}" from the request body (this model accepts only the default, ${defaultOnly.value}) and run again.`
			: `Remove "${param}" from the request body and run again.`;
	return {
		title: `400 Unsupported parameter on a reasoning model: "${param}"`,
		explanation: `The deployment runs a reasoning model (such as the GPT-5 family or the o-series), which does not take "${param}" the way older chat models do.${said}`,
		action,
		href: guide('unsupportedParameter'),
		field: `body.${param}`,
	};
}

function explainNetworkError(networkError: string): FailureExplanation {
	const timedOut = /(abort|timed? ?out|timeout)/i.test(networkError);
	return {
		title: timedOut ? 'The run timed out' : 'The run service could not be reached',
		explanation: timedOut
			? 'No answer arrived in time. Your endpoint or the network between may be slow or unreachable.'
			: `The browser could not reach this site's run service (${networkError.replace(/\s+/g, ' ').slice(0, 120)}). You may be offline, or the site's server may be down.`,
		action: timedOut ? 'Check the endpoint and run again.' : 'Check your connection, reload the page and run the request again.',
		href: guide('endpointUnreachable'),
	};
}

/** Explains why a run failed and what the reader can do about it. */
/**
 * A Responses API run whose response ended `failed` (a `response.failed` event, the API's own
 * stream `error` event, or a response object with status failed): the HTTP status was 200, the
 * failure is inside the answer. Server-side failures are retried like a 5xx.
 */
export function explainResponseFailed(message: string): FailureExplanation {
	return {
		title: 'The response failed',
		explanation: `The service started the response but could not finish it.${quote(message)} The text received before the failure is kept below.`,
		action: 'Run the request again; if it keeps failing, try again later or with a smaller request.',
		href: guide('serviceUnavailable'),
	};
}

export function explainFailure(input: FailureInput): FailureExplanation {
	const problem = problemOf(input);
	if (problem) return explainProblem(problem, input);
	const status = input.status;
	if (typeof status === 'number' && status >= 400) return explainAzure(status, azureErrorOf(input.body), input);
	if (input.networkError !== undefined) return explainNetworkError(input.networkError);
	return {
		title: 'The run failed',
		explanation: typeof status === 'number' ? `The run ended with status ${status} and no error details.` : 'The run ended without an answer or error details.',
		action: 'Run the request again; if it keeps failing, check the endpoint, deployment and key.',
	};
}
