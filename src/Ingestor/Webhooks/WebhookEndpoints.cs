using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace OmniCharts.Ingestor.Webhooks;

/// <summary><c>POST /webhooks/rocketchat</c>: Rocket.Chat's Omnichannel webhook, taken as a hint to fetch a room.</summary>
public static class WebhookEndpoints
{
    /// <summary>The route.</summary>
    public const string Route = "/webhooks/rocketchat";

    /// <summary>The header that carries Rocket.Chat's <c>Livechat_secret_token</c>.</summary>
    public const string TokenHeader = "X-RocketChat-Livechat-Token";

    /// <summary>
    /// 404 while no token is configured; 401 for a missing or wrong token, before the body is read; 400 for a body
    /// that is not an Omnichannel payload; otherwise 200 with an empty body, whether the room was queued, already
    /// waiting, dropped from a full queue or the payload names no room. The body stays empty because Rocket.Chat
    /// stores a 200's body in the room's <c>crmData</c>; any other 4xx it logs and does not retry.
    /// </summary>
    public static async Task<Results<Ok, BadRequest<WebhookError>, JsonHttpResult<WebhookError>, NotFound<WebhookError>>> ReceiveAsync(
        HttpRequest request, [FromServices] WebhookToken? token, RoomHintQueue queue, WebhookCounters counters, CancellationToken cancellationToken)
    {
        if (token is null)
        {
            counters.Unauthorized();
            return TypedResults.NotFound(new WebhookError($"webhooks are disabled: set {WebhookOptions.Section}:Token to Rocket.Chat's Livechat secret token"));
        }

        var presented = request.Headers[TokenHeader];
        if (presented.Count != 1 || !token.Matches(presented[0]))
        {
            counters.Unauthorized();
            return TypedResults.Json(new WebhookError(presented.Count == 0 ? $"missing {TokenHeader}" : $"wrong {TokenHeader}"),
                statusCode: StatusCodes.Status401Unauthorized);
        }

        var reading = await WebhookPayload.ReadAsync(request.Body, cancellationToken);
        switch (reading.Kind)
        {
            case PayloadKind.Malformed:
                counters.Malformed();
                return TypedResults.BadRequest(new WebhookError(reading.Reason!));
            case PayloadKind.Ignored:
                counters.Ignored();
                return TypedResults.Ok();
            default:
                counters.Admitted(queue.Offer(reading.RoomId!));
                return TypedResults.Ok();
        }
    }
}
