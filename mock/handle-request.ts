// The request pipeline, in the order the service checks things: route, method, credentials,
// api-version, body, deployment; then the deployment's own behaviour.

import type { IncomingMessage } from 'node:http';
import { isDatedApiVersion, isV1ApiVersion } from './api-versions.ts';
import * as errors from './azure-errors.ts';
import { sendChatReply } from './chat-answer.ts';
import { buildReply, composeReplyText } from './chat-reply.ts';
import { parseChatRequest } from './chat-request.ts';
import { checkParameterRules } from './parameter-rules.ts';
import { V1_API_VERSION } from '../src/lib/catalog/index.ts';
import { CHAT_MODEL, lookupDeployment, type DeploymentBehaviour } from './deployments.ts';
import { embeddingsBody, parseEmbeddingsRequest } from './embeddings.ts';
import { sendError, sendJson, type Exchange } from './exchange.ts';
import { runFault } from './faults.ts';
import { BodyTooLargeError, readBody } from './io.ts';
import { answerResponses } from './responses-route.ts';
import { matchRoute, operationId, type Operation } from './routes.ts';

/** What the request log line may say about a request. Never holds credential values. */
export type RequestNote = {
	auth: 'api-key' | 'bearer' | 'none';
	apiVersion?: string;
	deployment?: string;
};

function authKind(req: IncomingMessage): RequestNote['auth'] {
	const key = req.headers['api-key'];
	if (typeof key === 'string' && key.trim() !== '') return 'api-key';
	const authorization = req.headers.authorization ?? '';
	if (/^Bearer\s+\S+/i.test(authorization)) return 'bearer';
	return 'none';
}

function parseJson(bytes: Buffer): { ok: true; value: unknown } | { ok: false } {
	try {
		return { ok: true, value: JSON.parse(bytes.toString('utf8')) };
	} catch {
		return { ok: false };
	}
}

export async function handleRequest(req: IncomingMessage, ex: Exchange, note: RequestNote): Promise<void> {
	let url: URL;
	try {
		url = new URL(req.url ?? '/', 'http://mock.invalid');
	} catch {
		return sendError(ex, errors.resourceNotFound());
	}
	const route = matchRoute(url.pathname);
	if (!route) return sendError(ex, errors.resourceNotFound());
	if (req.method !== 'POST') return sendError(ex, errors.methodNotAllowed(req.method ?? 'unknown'));

	note.auth = authKind(req);
	if (note.auth === 'none') return sendError(ex, errors.missingKey());

	const requested = url.searchParams.get('api-version');
	let apiVersion: string;
	if (route.api === 'dated') {
		// Azure answers a dated route without api-version as an unknown resource.
		if (requested === null) return sendError(ex, errors.resourceNotFound());
		if (!isDatedApiVersion(requested)) return sendError(ex, errors.unsupportedApiVersion());
		apiVersion = requested;
	} else {
		apiVersion = requested ?? V1_API_VERSION;
		if (!isV1ApiVersion(apiVersion)) return sendError(ex, errors.unsupportedApiVersion());
	}
	note.apiVersion = apiVersion;

	let bytes: Buffer;
	try {
		bytes = await readBody(req, ex.settings.bodyLimitBytes);
	} catch (error) {
		if (error instanceof BodyTooLargeError) return sendError(ex, errors.bodyTooLarge(ex.settings.bodyLimitBytes));
		// Nobody is left to answer if the client went away mid-upload.
		if (ex.signal.aborted) return;
		throw error;
	}
	const parsed = parseJson(bytes);
	if (!parsed.ok) {
		return sendError(ex, errors.invalidRequest('We could not parse the JSON body of your request. Send a valid JSON object with the Content-Type application/json.', null, null));
	}
	const body = parsed.value;

	let deployment: string;
	if (route.api === 'dated') {
		deployment = route.deployment;
	} else {
		const model = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).model : undefined;
		if (typeof model !== 'string' || model === '') {
			return sendError(ex, errors.invalidRequest("Missing required parameter: 'model'. On the v1 API, set it to your deployment name.", 'model', 'missing_required_parameter'));
		}
		deployment = model;
	}
	note.deployment = deployment;

	return answer(ex, lookupDeployment(deployment), deployment, route.operation, apiVersion, body);
}

async function answer(ex: Exchange, behaviour: DeploymentBehaviour, deployment: string, operation: Operation, apiVersion: string, body: unknown): Promise<void> {
	switch (behaviour.kind) {
		case 'not-found':
			return sendError(ex, errors.deploymentNotFound());
		case 'error':
			return sendError(ex, errorFor(behaviour.status, operation, apiVersion, ex.requestId));
		case 'chat': {
			if (operation === 'responses') return answerResponses(ex, behaviour, deployment, body);
			if (operation !== 'chat/completions') return sendError(ex, errors.operationNotSupported(operation, behaviour.model));
			const chat = parseChatRequest(body);
			if (!chat.ok) return sendError(ex, chat.error);
			// The model's own rules come after the shape checks, as on the service.
			const refused = checkParameterRules(behaviour.catalogModel, body as Record<string, unknown>);
			if (refused) return sendError(ex, refused);
			const reply = buildReply(composeReplyText(deployment, chat.request.messages), chat.request);
			return sendChatReply(ex, reply, behaviour.model, chat.request.stream, chat.request.includeUsage);
		}
		case 'embeddings': {
			if (operation !== 'embeddings') {
				return sendError(ex, errors.operationNotSupported(operation === 'responses' ? 'responses' : 'chatCompletion', behaviour.model));
			}
			const request = parseEmbeddingsRequest(body, behaviour.maxDimensions);
			if (!request.ok) return sendError(ex, request.error);
			const result = embeddingsBody(request.request, behaviour.model, deployment);
			const usage = result.usage as { total_tokens: number };
			return sendJson(ex, 200, result, {}, usage.total_tokens);
		}
		case 'fault': {
			if (operation === 'responses') return answerResponses(ex, behaviour, deployment, body);
			const chat = parseChatRequest(body);
			// A Responses stream event; chat completions have no such answer.
			if (behaviour.fault === 'response-failed') return sendError(ex, errors.operationNotSupported(operation, CHAT_MODEL));
			// These two answer with real content, so they need what a chat deployment needs.
			if (behaviour.fault === 'html' || behaviour.fault === 'drip' || behaviour.fault === 'think') {
				if (operation !== 'chat/completions') return sendError(ex, errors.operationNotSupported(operation, CHAT_MODEL));
				if (!chat.ok) return sendError(ex, chat.error);
			}
			return runFault(ex, behaviour.fault, deployment, chat.ok ? chat.request : null);
		}
	}
}

function errorFor(status: 401 | 403 | 429 | 500 | 503, operation: Operation, apiVersion: string, requestId: string): errors.ErrorAnswer {
	switch (status) {
		case 401:
			return errors.invalidKey();
		case 403:
			return errors.accessDenied();
		case 429:
			return errors.rateLimited(operationId(operation), apiVersion);
		case 500:
			return errors.internalServerError(requestId);
		case 503:
			return errors.serviceUnavailable();
	}
}
