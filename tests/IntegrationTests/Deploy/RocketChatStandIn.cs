using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OmniCharts.IntegrationTests.Deploy;

/// <summary>
/// Stands in for Rocket.Chat behind the proxy: answers every request 200 with a JSON echo of what it received
/// (method, request target as sent, auth headers, cookies, host, body), and accepts websocket upgrades on any path,
/// answering each text frame with the same echo carrying the frame.
/// </summary>
internal static class RocketChatStandIn
{
    public const string ServedBy = "rocketchat-stand-in";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task<LoopbackServer> StartAsync() => LoopbackServer.StartAsync(app =>
    {
        app.UseWebSockets();
        app.Run(AnswerAsync);
    });

    private static async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted);
        var echo = new StandInEcho(
            ServedBy, request.Method, context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            Header(request, "X-User-Id"), Header(request, "X-Auth-Token"), Header(request, "Cookie"), Header(request, "Host"),
            Header(request, "X-Forwarded-For"), body);
        if (context.WebSockets.IsWebSocketRequest)
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await EchoFramesAsync(socket, echo, context.RequestAborted);
            return;
        }
        await context.Response.WriteAsJsonAsync(echo, Json, context.RequestAborted);
    }

    private static async Task EchoFramesAsync(WebSocket socket, StandInEcho upgrade, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                return;
            }
            var reply = JsonSerializer.SerializeToUtf8Bytes(upgrade with { Frame = Encoding.UTF8.GetString(buffer, 0, received.Count) }, Json);
            await socket.SendAsync(reply, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) ? values.ToString() : null;
}
