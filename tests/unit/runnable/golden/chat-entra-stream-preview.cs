// The OpenAI .NET library has no setting for the v1 preview channel's api-version query, so this
// snippet calls the v1 API without ?api-version=preview.
// Needs .NET 8 or later: dotnet add package OpenAI and dotnet add package Azure.Identity, then put
// this in Program.cs and run dotnet run.
using Azure.Identity;
using OpenAI;
using OpenAI.Chat;
using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.IO;
using System.Text.Json;

// Some of the library types used here are marked experimental (OPENAI001); this acknowledges it.
#pragma warning disable OPENAI001

BearerTokenPolicy tokenPolicy = new(new DefaultAzureCredential(), "https://ai.azure.com/.default");
ChatClient client = new("gpt-5-mini", tokenPolicy, new OpenAIClientOptions { Endpoint = new Uri("https://contoso-ai.openai.azure.com/openai/v1/") });

// The request body exactly as edited (on the v1 API the deployment name goes in "model").
using BinaryContent content = BinaryContent.Create(BinaryData.FromString("""
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
"""));
ClientResult result = await client.CompleteChatAsync(content, new RequestOptions { BufferResponse = false });
using StreamReader reader = new(result.GetRawResponse().ContentStream!);
while (await reader.ReadLineAsync() is string line)
{
    if (!line.StartsWith("data:")) continue;
    string data = line["data:".Length..].Trim();
    if (data == "[DONE]") break;
    using JsonDocument chunk = JsonDocument.Parse(data);
    // Azure's first chunk holds only prompt_filter_results, with no choices.
    JsonElement choices = chunk.RootElement.GetProperty("choices");
    if (choices.GetArrayLength() > 0 && choices[0].GetProperty("delta").TryGetProperty("content", out JsonElement piece)) Console.Write(piece.GetString());
}
Console.WriteLine();
