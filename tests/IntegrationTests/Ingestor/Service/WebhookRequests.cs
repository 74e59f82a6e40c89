using System.Text;
using OmniCharts.Ingestor.Webhooks;

namespace OmniCharts.IntegrationTests.Ingestor.Service;

/// <summary>Rocket.Chat's webhook requests as <c>sendToCRM</c> shapes them: <c>_id</c> is the room, <c>type</c> the event.</summary>
internal static class WebhookRequests
{
    public static Task<HttpResponseMessage> PostAsync(this HttpClient http, string type, string roomId, string? token = IngestorHost.Token) =>
        http.PostRawAsync($$"""
            {"_id":"{{roomId}}","label":"Ana Souza","createdAt":"2026-03-04T10:15:02.481Z","type":"{{type}}",
             "visitor":{"_id":"vstr8Hq2LmN4xPz7K","token":"f4c1e8b2a7d94e0c5b3a","username":"guest-1042"},
             "messages":[],"departmentId":"KqW3nYd8ZsF2hJpLm"}
            """, token);

    public static async Task<HttpResponseMessage> PostRawAsync(this HttpClient http, string body, string? token = IngestorHost.Token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookEndpoints.Route)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
            request.Headers.Add(WebhookEndpoints.TokenHeader, token);
        return await http.SendAsync(request);
    }
}
