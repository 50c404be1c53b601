/**
 * Java snippet using the official openai-java library (com.openai:openai-java) against the v1
 * endpoint `{endpoint}/openai/v1` (its "unified" Azure path mode: the deployment goes in `model`).
 * The edited body is read into the SDK's own typed parameters with the SDK's JSON mapper
 * (`ResponseCreateParams.Body` etc. keep fields they do not model as additional properties), so
 * the request sent is the request edited. Entra ID uses azure-identity's DefaultAzureCredential
 * through AuthenticationUtil.getBearerTokenSupplier. API names checked against openai/openai-java
 * at 5f499c3 (2026-08-21): OpenAIOkHttpClient.builder().baseUrl/credential/putQueryParam,
 * AzureApiKeyCredential.create, BearerTokenCredential.create, ObjectMappers.jsonMapper,
 * <Params>.builder().body(Body), responses().create/createStreaming, ResponseStreamEvent
 * .outputTextDelta()/.failed(), chat().completions(), embeddings().
 */
import { commentBlock } from './comments.ts';
import { jsonText, quotedString } from './literals.ts';
import { API_KEY_ENV, type CodeRequest } from './request.ts';

/**
 * A Java text block holding `text` verbatim. Text blocks process escapes, so every backslash is
 * doubled (JSON's `\n` stays two characters, and `\\u` is never read as a Unicode escape); a run
 * of three quotes, which would end the block, is broken with a backslash.
 */
export function javaTextBlock(text: string, indent: string): string {
	const escaped = text.replace(/\\/g, '\\\\').replace(/"""/g, '\\"""');
	return `"""\n${escaped
		.split('\n')
		.map((line) => indent + line)
		.join('\n')}\n${indent}"""`;
}

type Shape = { imports: string[]; params: string; create: string };

function shapeOf(request: CodeRequest): Shape {
	switch (request.operation) {
		case 'responses':
			return {
				imports: ['com.openai.models.responses.Response', 'com.openai.models.responses.ResponseCreateParams', ...(request.streaming ? ['com.openai.models.responses.ResponseStreamEvent'] : [])],
				params: 'ResponseCreateParams',
				create: 'client.responses()',
			};
		case 'embeddings':
			return {
				imports: ['com.openai.models.embeddings.CreateEmbeddingResponse', 'com.openai.models.embeddings.EmbeddingCreateParams'],
				params: 'EmbeddingCreateParams',
				create: 'client.embeddings()',
			};
		default:
			return {
				imports: [
					'com.openai.models.chat.completions.ChatCompletion',
					'com.openai.models.chat.completions.ChatCompletionCreateParams',
					...(request.streaming ? ['com.openai.models.chat.completions.ChatCompletionChunk'] : []),
				],
				params: 'ChatCompletionCreateParams',
				create: 'client.chat().completions()',
			};
	}
}

const I = '        ';

function resultLines(request: CodeRequest, shape: Shape): string {
	if (request.operation === 'responses') {
		if (request.streaming) {
			return (
				`${I}try (StreamResponse<ResponseStreamEvent> stream = ${shape.create}.createStreaming(params)) {\n` +
				`${I}    stream.stream().forEach(event -> {\n` +
				`${I}        event.outputTextDelta().ifPresent(delta -> System.out.print(delta.delta()));\n` +
				`${I}        // A stream that fails after it started says so in an event, not in the HTTP status.\n` +
				`${I}        event.failed().ifPresent(failed -> {\n` +
				`${I}            throw new IllegalStateException("The response failed: " + failed.response().error());\n` +
				`${I}        });\n` +
				`${I}    });\n` +
				`${I}}\n` +
				`${I}System.out.println();\n`
			);
		}
		return (
			`${I}Response response = ${shape.create}.create(params);\n` +
			`${I}response.output().stream()\n` +
			`${I}        .flatMap(item -> item.message().stream())\n` +
			`${I}        .flatMap(message -> message.content().stream())\n` +
			`${I}        .flatMap(content -> content.outputText().stream())\n` +
			`${I}        .forEach(text -> System.out.print(text.text()));\n` +
			`${I}System.out.println();\n`
		);
	}
	if (request.operation === 'embeddings') {
		return (
			`${I}CreateEmbeddingResponse result = ${shape.create}.create(params);\n` +
			`${I}System.out.println(result.data().size() + " embedding(s) of " + result.data().get(0).embedding().size() + " dimensions");\n`
		);
	}
	if (request.streaming) {
		return (
			`${I}try (StreamResponse<ChatCompletionChunk> stream = ${shape.create}.createStreaming(params)) {\n` +
			`${I}    // Azure's first chunk holds only prompt_filter_results, with no choices.\n` +
			`${I}    stream.stream().forEach(chunk -> chunk.choices().forEach(choice -> choice.delta().content().ifPresent(System.out::print)));\n` +
			`${I}}\n` +
			`${I}System.out.println();\n`
		);
	}
	return `${I}ChatCompletion completion = ${shape.create}.create(params);\n` + `${I}System.out.println(completion.choices().get(0).message().content().orElse(""));\n`;
}

export function javaOpenAISnippet(request: CodeRequest): string {
	const bearer = request.auth === 'bearer';
	const shape = shapeOf(request);
	const notes = [...request.notes];
	if (!request.v1) {
		notes.push(`openai-java talks to the v1 API here, so this snippet calls ${request.v1BaseUrl}${request.operation} (deployment in "model") instead of api-version ${request.apiVersion}.`);
	}
	const packages = bearer ? 'com.openai:openai-java and com.azure:azure-identity' : 'com.openai:openai-java';
	notes.push(`Needs Java 17 or later and ${packages} (Maven or Gradle). Save as Call.java.`);

	const imports = [
		...(bearer ? ['com.azure.identity.AuthenticationUtil', 'com.azure.identity.DefaultAzureCredentialBuilder'] : ['com.openai.azure.credential.AzureApiKeyCredential']),
		'com.openai.client.OpenAIClient',
		'com.openai.client.okhttp.OpenAIOkHttpClient',
		'com.openai.core.ObjectMappers',
		...(request.streaming ? ['com.openai.core.http.StreamResponse'] : []),
		...(bearer ? ['com.openai.credential.BearerTokenCredential'] : []),
		...shape.imports,
	].sort();

	const secret = bearer
		? ''
		: `${I}String apiKey = System.getenv(${quotedString(API_KEY_ENV)});\n` +
			`${I}if (apiKey == null || apiKey.isEmpty()) {\n` +
			`${I}    throw new IllegalStateException(${quotedString(`Set ${API_KEY_ENV} to one of your resource's keys (Azure portal, Keys and Endpoint).`)});\n` +
			`${I}}\n`;
	const credential = bearer
		? `${I}        .credential(BearerTokenCredential.create(AuthenticationUtil.getBearerTokenSupplier(\n` +
			`${I}                new DefaultAzureCredentialBuilder().build(), ${quotedString(request.tokenScope)})))\n`
		: `${I}        .credential(AzureApiKeyCredential.create(apiKey))\n`;
	// putQueryParam adds ?api-version=preview to every request: how the v1 preview channel is chosen.
	const query = request.v1Query ? `${I}        .putQueryParam("api-version", ${quotedString(request.v1Query)})\n` : '';

	return (
		commentBlock('//', notes) +
		imports.map((name) => `import ${name};\n`).join('') +
		'\n' +
		'public final class Call {\n' +
		'    public static void main(String[] args) throws Exception {\n' +
		secret +
		`${I}OpenAIClient client = OpenAIOkHttpClient.builder()\n` +
		`${I}        .baseUrl(${quotedString(request.v1BaseUrl.replace(/\/$/, ''))})\n` +
		credential +
		query +
		`${I}        .build();\n` +
		'\n' +
		`${I}// The request body exactly as edited, read into the SDK's typed parameters by the SDK's JSON mapper.\n` +
		`${I}String body = ${javaTextBlock(jsonText(request.sdkParams), I)};\n` +
		`${I}${shape.params} params = ${shape.params}.builder()\n` +
		`${I}        .body(ObjectMappers.jsonMapper().readValue(body, ${shape.params}.Body.class))\n` +
		`${I}        .build();\n` +
		resultLines(request, shape) +
		'    }\n' +
		'}\n'
	);
}
