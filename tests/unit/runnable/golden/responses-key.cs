// Needs .NET 8 or later: dotnet add package OpenAI, then put this in Program.cs and run dotnet
// run.
using OpenAI.Responses;
using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;

// Some of the library types used here are marked experimental (OPENAI001); this acknowledges it.
#pragma warning disable OPENAI001

string apiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")
    ?? throw new InvalidOperationException("Set AZURE_OPENAI_API_KEY to one of your resource's keys (Azure portal, Keys and Endpoint).");
ResponsesClient client = new(new ApiKeyCredential(apiKey), new ResponsesClientOptions { Endpoint = new Uri("https://contoso-ai.openai.azure.com/openai/v1/") });

// The request body exactly as edited (on the v1 API the deployment name goes in "model").
using BinaryContent content = BinaryContent.Create(BinaryData.FromString("""
{
  "model": "gpt-5-mini",
  "input": "Say \"hello\" in one sentence.",
  "store": false
}
"""));
ClientResult result = await client.CreateResponseAsync(content);
using JsonDocument json = JsonDocument.Parse(result.GetRawResponse().Content.ToString());
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
