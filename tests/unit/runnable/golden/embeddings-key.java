// Needs Java 17 or later and com.openai:openai-java (Maven or Gradle). Save as Call.java.
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.ObjectMappers;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;

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
          "model": "text-embedding-3-small",
          "input": [
            "one",
            "two"
          ],
          "dimensions": 256
        }
        """;
        EmbeddingCreateParams params = EmbeddingCreateParams.builder()
                .body(ObjectMappers.jsonMapper().readValue(body, EmbeddingCreateParams.Body.class))
                .build();
        CreateEmbeddingResponse result = client.embeddings().create(params);
        System.out.println(result.data().size() + " embedding(s) of " + result.data().get(0).embedding().size() + " dimensions");
    }
}
