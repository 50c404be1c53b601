/** curl (POSIX shell) snippet: the body as a single-quoted JSON word, the secret from the environment. */
import { commentBlock } from './comments.ts';
import { jsonText, shellQuote } from './literals.ts';
import { AD_TOKEN_ENV, API_KEY_ENV, type CodeRequest } from './request.ts';

export function curlSnippet(request: CodeRequest): string {
	const secretEnv = request.auth === 'bearer' ? AD_TOKEN_ENV : API_KEY_ENV;
	const howToGetIt =
		request.auth === 'bearer'
			? [`Reads a Microsoft Entra ID token from ${AD_TOKEN_ENV} (tokens expire after about an hour). Get one with the Azure CLI:`]
			: [`Reads your key from ${API_KEY_ENV} (Azure portal, your resource, Keys and Endpoint).`];
	// A command to copy whole, so it is not wrapped like the sentences above it.
	const setCommand = request.auth === 'bearer' ? `#   export ${AD_TOKEN_ENV}="$(az account get-access-token --resource https://cognitiveservices.azure.com --query accessToken --output tsv)"\n` : '';
	const header = request.auth === 'bearer' ? `"Authorization: Bearer $${AD_TOKEN_ENV}"` : `"api-key: $${API_KEY_ENV}"`;
	const streamingNote = request.streaming ? ['-N turns off output buffering so the server-sent events print as they arrive.'] : [];

	return (
		commentBlock('#', [...request.notes, ...howToGetIt]) +
		setCommand +
		commentBlock('#', streamingNote) +
		// Stops with a clear message instead of sending an empty key.
		`: "\${${secretEnv}:?Set ${secretEnv} first}"\n` +
		`curl -sS${request.streaming ? ' -N' : ''} ${shellQuote(request.url)} \\\n` +
		`  -H 'Content-Type: application/json' \\\n` +
		`  -H ${header} \\\n` +
		`  -d ${shellQuote(jsonText(request.body))}\n`
	);
}
