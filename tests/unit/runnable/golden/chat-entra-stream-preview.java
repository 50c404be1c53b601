// Needs Java 17 or later and com.openai:openai-java and com.azure:azure-identity (Maven or
// Gradle). Save as Call.java.
import com.azure.identity.AuthenticationUtil;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.ObjectMappers;
import com.openai.core.http.StreamResponse;
import com.openai.credential.BearerTokenCredential;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

public final class Call {
    public static void main(String[] args) throws Exception {
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .baseUrl("https://contoso-ai.openai.azure.com/openai/v1")
                .credential(BearerTokenCredential.create(AuthenticationUtil.getBearerTokenSupplier(
                        new DefaultAzureCredentialBuilder().build(), "https://ai.azure.com/.default")))
                .putQueryParam("api-version", "preview")
                .build();

        // The request body exactly as edited, read into the SDK's typed parameters by the SDK's JSON mapper.
        String body = """
        {
          "model": "gpt-5-mini",
          "messages": [
            {
              "role": "user",
              "content": "Stream it."
            }
          ],
          "stream": true
        }
        """;
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .body(ObjectMappers.jsonMapper().readValue(body, ChatCompletionCreateParams.Body.class))
                .build();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
            // Azure's first chunk holds only prompt_filter_results, with no choices.
            stream.stream().forEach(chunk -> chunk.choices().forEach(choice -> choice.delta().content().ifPresent(System.out::print)));
        }
        System.out.println();
    }
}
