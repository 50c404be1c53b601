// The Responses API stores each response by default (store defaults to true); add "store": false
// to the body to keep nothing stored.
// Needs Java 17 or later and com.openai:openai-java and com.azure:azure-identity (Maven or
// Gradle). Save as Call.java.
import com.azure.identity.AuthenticationUtil;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.ObjectMappers;
import com.openai.core.http.StreamResponse;
import com.openai.credential.BearerTokenCredential;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;

public final class Call {
    public static void main(String[] args) throws Exception {
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .baseUrl("https://contoso-ai.openai.azure.com/openai/v1")
                .credential(BearerTokenCredential.create(AuthenticationUtil.getBearerTokenSupplier(
                        new DefaultAzureCredentialBuilder().build(), "https://ai.azure.com/.default")))
                .build();

        // The request body exactly as edited, read into the SDK's typed parameters by the SDK's JSON mapper.
        String body = """
        {
          "model": "gpt-5-mini",
          "input": [
            {
              "role": "user",
              "content": "Tell me a story."
            }
          ],
          "reasoning": {
            "effort": "low"
          },
          "stream": true
        }
        """;
        ResponseCreateParams params = ResponseCreateParams.builder()
                .body(ObjectMappers.jsonMapper().readValue(body, ResponseCreateParams.Body.class))
                .build();
        try (StreamResponse<ResponseStreamEvent> stream = client.responses().createStreaming(params)) {
            stream.stream().forEach(event -> {
                event.outputTextDelta().ifPresent(delta -> System.out.print(delta.delta()));
                // A stream that fails after it started says so in an event, not in the HTTP status.
                event.failed().ifPresent(failed -> {
                    throw new IllegalStateException("The response failed: " + failed.response().error());
                });
            });
        }
        System.out.println();
    }
}
