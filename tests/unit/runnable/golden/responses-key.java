// Needs Java 17 or later and com.openai:openai-java (Maven or Gradle). Save as Call.java.
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.ObjectMappers;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;

public final class Call {
    public static void main(String[] args) throws Exception {
        String apiKey = System.getenv("AZURE_OPENAI_API_KEY");
        if (apiKey == null || apiKey.isEmpty()) {
            throw new IllegalStateException("Set AZURE_OPENAI_API_KEY to one of your resource's keys (Azure portal, Keys and Endpoint).");
        }
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .baseUrl("https://contoso-ai.openai.azure.com/openai/v1")
                .credential(AzureApiKeyCredential.create(apiKey))
                .build();

        // The request body exactly as edited, read into the SDK's typed parameters by the SDK's JSON mapper.
        String body = """
        {
          "model": "gpt-5-mini",
          "input": "Say \\"hello\\" in one sentence.",
          "store": false
        }
        """;
        ResponseCreateParams params = ResponseCreateParams.builder()
                .body(ObjectMappers.jsonMapper().readValue(body, ResponseCreateParams.Body.class))
                .build();
        Response response = client.responses().create(params);
        response.output().stream()
                .flatMap(item -> item.message().stream())
                .flatMap(message -> message.content().stream())
                .flatMap(content -> content.outputText().stream())
                .forEach(text -> System.out.print(text.text()));
        System.out.println();
    }
}
