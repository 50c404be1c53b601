// openai-java talks to the v1 API here, so this snippet calls
// https://contoso-ai.openai.azure.com/openai/v1/chat/completions (deployment in "model") instead
// of api-version 2024-10-21.
// Needs Java 17 or later and com.openai:openai-java (Maven or Gradle). Save as Call.java.
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

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
          "messages": [
            {
              "role": "user",
              "content": "It's a C:\\\\path\\\\ test"
            }
          ],
          "max_completion_tokens": 200
        }
        """;
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .body(ObjectMappers.jsonMapper().readValue(body, ChatCompletionCreateParams.Body.class))
                .build();
        ChatCompletion completion = client.chat().completions().create(params);
        System.out.println(completion.choices().get(0).message().content().orElse(""));
    }
}
