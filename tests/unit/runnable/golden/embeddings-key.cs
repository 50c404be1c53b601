// Needs .NET 8 or later: dotnet add package OpenAI, then put this in Program.cs and run dotnet
// run.
using OpenAI;
using OpenAI.Embeddings;
using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;

// Some of the library types used here are marked experimental (OPENAI001); this acknowledges it.
#pragma warning disable OPENAI001

string apiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")
    ?? throw new InvalidOperationException("Set AZURE_OPENAI_API_KEY to one of your resource's keys (Azure portal, Keys and Endpoint).");
EmbeddingClient client = new("text-embedding-3-small", new ApiKeyCredential(apiKey), new OpenAIClientOptions { Endpoint = new Uri("https://contoso-ai.openai.azure.com/openai/v1/") });

// The request body exactly as edited (on the v1 API the deployment name goes in "model").
using BinaryContent content = BinaryContent.Create(BinaryData.FromString("""
{
  "model": "text-embedding-3-small",
  "input": [
    "one",
    "two"
  ],
  "dimensions": 256
}
"""));
ClientResult result = await client.GenerateEmbeddingsAsync(content);
using JsonDocument json = JsonDocument.Parse(result.GetRawResponse().Content.ToString());
JsonElement data = json.RootElement.GetProperty("data");
Console.WriteLine($"{data.GetArrayLength()} embedding(s) of {data[0].GetProperty("embedding").GetArrayLength()} dimensions");
