/**
 * How callers authenticate to the data plane: an `api-key` header, or a Microsoft Entra ID bearer
 * token for the Cognitive Services audience. Microsoft's current v1 API samples request tokens
 * with the scope `https://ai.azure.com/.default` instead; the site's generated code and hints keep
 * the Cognitive Services audience until the guides are re-checked against that (issue 8, part 4).
 */
import { SOURCES } from './sources.ts';

export const TOKEN_AUDIENCE = 'https://cognitiveservices.azure.com';
/** OAuth scope for data-plane tokens, as SDK credential libraries take it. */
export const TOKEN_SCOPE = `${TOKEN_AUDIENCE}/.default`;
/** The scope Microsoft's v1 API samples use (api-version lifecycle page, checked 2026-12-01). */
export const V1_SAMPLES_TOKEN_SCOPE = 'https://ai.azure.com/.default';
/** The Azure CLI command that prints a token for the audience. */
export const AZ_TOKEN_COMMAND = `az account get-access-token --resource ${TOKEN_AUDIENCE}`;

export const AUTH_SOURCES = [SOURCES.apiVersionLifecycle] as const;
