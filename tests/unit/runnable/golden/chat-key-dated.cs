// The OpenAI .NET library talks to the v1 API, so this snippet calls
// https://contoso-ai.openai.azure.com/openai/v1/chat/completions (deployment in "model") instead
// of api-version 2024-10-21.
// Needs .NET 8 or later: dotnet add package OpenAI, then put this in Program.cs and run dotnet
// run.
using OpenAI;
using OpenAI.Chat;
using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;

// Some of the library types used here are marked experimental (OPENAI001); this acknowledges it.
#pragma warning disable OPENAI001

string apiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")
    ?? throw new InvalidOperationException("Set AZURE_OPENAI_API_KEY to one of your resource's keys (Azure portal, Keys and Endpoint).");
ChatClient client = new("gpt-5-mini", new ApiKeyCredential(apiKey), new OpenAIClientOptions { Endpoint = new Uri("https://contoso-ai.openai.azure.com/openai/v1/") });

// The request body exactly as edited (on the v1 API the deployment name goes in "model").
using BinaryContent content = BinaryContent.Create(BinaryData.FromString("""
{
  "model": "gpt-5-mini",
  "messages": [
    {
      "role": "user",
      "content": "It's a C:\\path\\ test"
    }
  ],
  "max_completion_tokens": 200
}
"""));
ClientResult result = await client.CompleteChatAsync(content);
using JsonDocument json = JsonDocument.Parse(result.GetRawResponse().Content.ToString());
Console.WriteLine(json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
