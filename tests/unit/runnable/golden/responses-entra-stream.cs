// The Responses API stores each response by default (store defaults to true); add "store": false
// to the body to keep nothing stored.
// Needs .NET 8 or later: dotnet add package OpenAI and dotnet add package Azure.Identity, then put
// this in Program.cs and run dotnet run.
using Azure.Identity;
using OpenAI.Responses;
using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.IO;
using System.Text.Json;

// Some of the library types used here are marked experimental (OPENAI001); this acknowledges it.
#pragma warning disable OPENAI001

BearerTokenPolicy tokenPolicy = new(new DefaultAzureCredential(), "https://ai.azure.com/.default");
ResponsesClient client = new(tokenPolicy, new ResponsesClientOptions { Endpoint = new Uri("https://contoso-ai.openai.azure.com/openai/v1/") });

// The request body exactly as edited (on the v1 API the deployment name goes in "model").
using BinaryContent content = BinaryContent.Create(BinaryData.FromString("""
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
"""));
ClientResult result = await client.CreateResponseAsync(content, new RequestOptions { BufferResponse = false });
using StreamReader reader = new(result.GetRawResponse().ContentStream!);
while (await reader.ReadLineAsync() is string line)
{
    if (!line.StartsWith("data:")) continue;
    using JsonDocument evt = JsonDocument.Parse(line["data:".Length..]);
    string? type = evt.RootElement.GetProperty("type").GetString();
    if (type == "response.output_text.delta") Console.Write(evt.RootElement.GetProperty("delta").GetString());
    // A stream that fails after it started says so in an event, not in the HTTP status.
    else if (type == "response.failed") throw new InvalidOperationException($"The response failed: {evt.RootElement.GetProperty("response").GetProperty("error")}");
}
Console.WriteLine();
