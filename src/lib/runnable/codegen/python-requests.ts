/** Python snippet using the requests library. */
import { commentBlock } from './comments.ts';
import { pythonLiteral, quotedString } from './literals.ts';
import { AD_TOKEN_ENV, API_KEY_ENV, type CodeRequest } from './request.ts';

function authLines(request: CodeRequest): { setup: string; header: string } {
	if (request.auth === 'bearer') {
		return {
			setup:
				`token = os.environ.get(${quotedString(AD_TOKEN_ENV)})\n` +
				'if not token:\n' +
				`    raise SystemExit(${quotedString(`Set ${AD_TOKEN_ENV} to a Microsoft Entra ID token, for example from: az account get-access-token --resource https://cognitiveservices.azure.com --query accessToken --output tsv`)})\n`,
			header: '"Authorization": f"Bearer {token}"',
		};
	}
	return {
		setup:
			`api_key = os.environ.get(${quotedString(API_KEY_ENV)})\n` +
			'if not api_key:\n' +
			`    raise SystemExit(${quotedString(`Set ${API_KEY_ENV} to one of your resource's keys (Azure portal, Keys and Endpoint).`)})\n`,
		header: '"api-key": api_key',
	};
}

// Decodes each line as UTF-8 explicitly: for text/event-stream without a charset, requests
// would guess ISO-8859-1 and garble non-ASCII text. Azure's first chunk has no choices.
const STREAM_READER = `with requests.post(url, headers=headers, json=body, stream=True, timeout=60) as response:
    if not response.ok:
        raise SystemExit(f"Azure OpenAI answered {response.status_code}: {response.text}")
    for raw_line in response.iter_lines():
        line = raw_line.decode("utf-8")
        if not line.startswith("data:"):
            continue
        data = line[len("data:"):].strip()
        if data == "[DONE]":
            break
        chunk = json.loads(data)
        if chunk.get("choices"):
            delta = chunk["choices"][0].get("delta") or {}
            print(delta.get("content") or "", end="", flush=True)
print()
`;

// Responses API events are named; the data line repeats the name as "type". No [DONE] line.
const RESPONSES_STREAM_READER = `with requests.post(url, headers=headers, json=body, stream=True, timeout=60) as response:
    if not response.ok:
        raise SystemExit(f"Azure OpenAI answered {response.status_code}: {response.text}")
    for raw_line in response.iter_lines():
        line = raw_line.decode("utf-8")
        if not line.startswith("data:"):
            continue
        event = json.loads(line[len("data:"):])
        if event["type"] == "response.output_text.delta":
            print(event["delta"], end="", flush=True)
        # A stream that fails after it started says so in an event, not in the HTTP status.
        elif event["type"] == "response.failed":
            raise SystemExit(f"The response failed: {event['response']['error']}")
print()
`;

// The REST body has no output_text (the SDKs add it): join the text parts of the output messages.
const RESPONSES_RESULT = `result = response.json()
text = "".join(
    part["text"]
    for item in result["output"]
    if item["type"] == "message"
    for part in item["content"]
    if part["type"] == "output_text"
)
print(text)
`;

function callLines(request: CodeRequest): string {
	if (request.streaming) return request.operation === 'responses' ? RESPONSES_STREAM_READER : STREAM_READER;
	const call =
		'response = requests.post(url, headers=headers, json=body, timeout=60)\n' + 'if not response.ok:\n' + '    raise SystemExit(f"Azure OpenAI answered {response.status_code}: {response.text}")\n';
	if (request.operation === 'responses') return call + RESPONSES_RESULT;
	if (request.operation === 'embeddings') {
		return call + "result = response.json()\nprint(f\"{len(result['data'])} embedding(s) of {len(result['data'][0]['embedding'])} dimensions\")\n";
	}
	return call + 'print(response.json()["choices"][0]["message"]["content"])\n';
}

export function pythonRequestsSnippet(request: CodeRequest): string {
	return (
		commentBlock('#', [...request.notes, 'Needs: pip install requests']) +
		(request.streaming ? 'import json\n' : '') +
		'import os\n\nimport requests\n\n' +
		authLines(request).setup +
		'\n' +
		`url = ${quotedString(request.url)}\n` +
		`headers = {"Content-Type": "application/json", ${authLines(request).header}}\n` +
		`body = ${pythonLiteral(request.body)}\n` +
		'\n' +
		callLines(request)
	);
}
