/**
 * C# snippet (a .NET 8+ file-based program / top-level statements) using the official OpenAI .NET
 * library (NuGet `OpenAI`) against the v1 endpoint `{endpoint}/openai/v1/`, as Microsoft's current
 * samples do. The request body goes through the library's *protocol methods* (`BinaryContent` in,
 * raw JSON out; openai-dotnet README, "Using protocol methods"), so the body the reader edited is
 * sent byte for byte, whatever fields it has: the typed options classes cover only some fields.
 * Entra ID uses Azure.Identity's DefaultAzureCredential through the library's BearerTokenPolicy.
 * API names checked against openai/openai-dotnet at b3b4bbb (2026-08-21): ResponsesClient
 * (AuthenticationPolicy|ApiKeyCredential, ResponsesClientOptions), ChatClient / EmbeddingClient
 * (model, AuthenticationPolicy|ApiKeyCredential, OpenAIClientOptions), CreateResponseAsync /
 * CompleteChatAsync / GenerateEmbeddingsAsync(BinaryContent, RequestOptions).
 */
import { commentBlock } from './comments.ts';
import { jsonText, quotedString } from './literals.ts';
import { API_KEY_ENV, type CodeRequest } from './request.ts';

/**
 * A C# 11 raw string literal holding `text` verbatim: the delimiter is one quote longer than the
 * longest run of quotes inside, so nothing in the text can end it; the closing delimiter's
 * indentation is removed from every line.
 */
export function csharpRawString(text: string, indent = ''): string {
	const longestRun = Math.max(0, ...(text.match(/"+/g) ?? []).map((run) => run.length));
	const quotes = '"'.repeat(Math.max(3, longestRun + 1));
	const body = text
		.split('\n')
		.map((line) => indent + line)
		.join('\n');
	return `${quotes}\n${body}\n${indent}${quotes}`;
}

/** A C# regular string literal; JSON's escapes (\" \\ \n \uXXXX …) mean the same in C#. */
function csharpString(value: string): string {
	return quotedString(value);
}

type Shape = { usings: string[]; clientType: string; construct: (auth: string, endpoint: string) => string; call: string };

function shapeOf(request: CodeRequest): Shape {
	const model = csharpString(request.deployment);
	switch (request.operation) {
		case 'responses':
			return {
				usings: ['OpenAI.Responses'],
				clientType: 'ResponsesClient',
				construct: (auth, endpoint) => `new(${auth}, new ResponsesClientOptions { Endpoint = ${endpoint} })`,
				call: 'CreateResponseAsync',
			};
		case 'embeddings':
			return {
				usings: ['OpenAI', 'OpenAI.Embeddings'],
				clientType: 'EmbeddingClient',
				construct: (auth, endpoint) => `new(${model}, ${auth}, new OpenAIClientOptions { Endpoint = ${endpoint} })`,
				call: 'GenerateEmbeddingsAsync',
			};
		default:
			return {
				usings: ['OpenAI', 'OpenAI.Chat'],
				clientType: 'ChatClient',
				construct: (auth, endpoint) => `new(${model}, ${auth}, new OpenAIClientOptions { Endpoint = ${endpoint} })`,
				call: 'CompleteChatAsync',
			};
	}
}

const RESPONSES_RESULT = `using JsonDocument json = JsonDocument.Parse(result.GetRawResponse().Content.ToString());
// The REST body has no output_text: join the text parts of the output messages.
foreach (JsonElement item in json.RootElement.GetProperty("output").EnumerateArray())
{
    if (item.GetProperty("type").GetString() != "message") continue;
    foreach (JsonElement part in item.GetProperty("content").EnumerateArray())
    {
        if (part.GetProperty("type").GetString() == "output_text") Console.Write(part.GetProperty("text").GetString());
    }
}
Console.WriteLine();
`;

const CHAT_RESULT = `using JsonDocument json = JsonDocument.Parse(result.GetRawResponse().Content.ToString());
Console.WriteLine(json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
`;

const EMBEDDINGS_RESULT = `using JsonDocument json = JsonDocument.Parse(result.GetRawResponse().Content.ToString());
JsonElement data = json.RootElement.GetProperty("data");
Console.WriteLine($"{data.GetArrayLength()} embedding(s) of {data[0].GetProperty("embedding").GetArrayLength()} dimensions");
`;

/** Reads the server-sent events line by line as they arrive (BufferResponse = false). */
function streamReader(request: CodeRequest): string {
	const handle =
		request.operation === 'responses'
			? `    using JsonDocument evt = JsonDocument.Parse(line["data:".Length..]);
    string? type = evt.RootElement.GetProperty("type").GetString();
    if (type == "response.output_text.delta") Console.Write(evt.RootElement.GetProperty("delta").GetString());
    // A stream that fails after it started says so in an event, not in the HTTP status.
    else if (type == "response.failed") throw new InvalidOperationException($"The response failed: {evt.RootElement.GetProperty("response").GetProperty("error")}");
`
			: `    string data = line["data:".Length..].Trim();
    if (data == "[DONE]") break;
    using JsonDocument chunk = JsonDocument.Parse(data);
    // Azure's first chunk holds only prompt_filter_results, with no choices.
    JsonElement choices = chunk.RootElement.GetProperty("choices");
    if (choices.GetArrayLength() > 0 && choices[0].GetProperty("delta").TryGetProperty("content", out JsonElement piece)) Console.Write(piece.GetString());
`;
	return (
		'using StreamReader reader = new(result.GetRawResponse().ContentStream!);\n' +
		'while (await reader.ReadLineAsync() is string line)\n' +
		'{\n' +
		'    if (!line.StartsWith("data:")) continue;\n' +
		handle +
		'}\n' +
		'Console.WriteLine();\n'
	);
}

export function csharpOpenAISnippet(request: CodeRequest): string {
	const bearer = request.auth === 'bearer';
	const shape = shapeOf(request);
	const notes = [...request.notes];
	if (!request.v1) {
		notes.push(`The OpenAI .NET library talks to the v1 API, so this snippet calls ${request.v1BaseUrl}${request.operation} (deployment in "model") instead of api-version ${request.apiVersion}.`);
	} else if (request.v1Query) {
		notes.push(`The OpenAI .NET library has no setting for the v1 preview channel's api-version query, so this snippet calls the v1 API without ?api-version=${request.v1Query}.`);
	}
	const packages = bearer ? 'dotnet add package OpenAI and dotnet add package Azure.Identity' : 'dotnet add package OpenAI';
	notes.push(`Needs .NET 8 or later: ${packages}, then put this in Program.cs and run dotnet run.`);

	const usings = [
		...(bearer ? ['Azure.Identity'] : []),
		...shape.usings,
		'System',
		'System.ClientModel',
		'System.ClientModel.Primitives',
		...(request.streaming ? ['System.IO'] : []),
		'System.Text.Json',
	];
	const auth = bearer
		? `BearerTokenPolicy tokenPolicy = new(new DefaultAzureCredential(), ${csharpString(request.tokenScope)});\n`
		: `string apiKey = Environment.GetEnvironmentVariable(${csharpString(API_KEY_ENV)})\n` +
			`    ?? throw new InvalidOperationException(${csharpString(`Set ${API_KEY_ENV} to one of your resource's keys (Azure portal, Keys and Endpoint).`)});\n`;
	const credential = bearer ? 'tokenPolicy' : 'new ApiKeyCredential(apiKey)';
	const endpoint = `new Uri(${csharpString(request.v1BaseUrl)})`;
	const body = request.sdkParams;
	const options = request.streaming ? ', new RequestOptions { BufferResponse = false }' : '';
	const result = request.streaming ? streamReader(request) : request.operation === 'responses' ? RESPONSES_RESULT : request.operation === 'embeddings' ? EMBEDDINGS_RESULT : CHAT_RESULT;

	return (
		commentBlock('//', notes) +
		usings.map((name) => `using ${name};\n`).join('') +
		'\n' +
		'// Some of the library types used here are marked experimental (OPENAI001); this acknowledges it.\n' +
		'#pragma warning disable OPENAI001\n' +
		'\n' +
		auth +
		`${shape.clientType} client = ${shape.construct(credential, endpoint)};\n` +
		'\n' +
		'// The request body exactly as edited (on the v1 API the deployment name goes in "model").\n' +
		`using BinaryContent content = BinaryContent.Create(BinaryData.FromString(${csharpRawString(jsonText(body))}));\n` +
		`ClientResult result = await client.${shape.call}(content${options});\n` +
		result
	);
}
