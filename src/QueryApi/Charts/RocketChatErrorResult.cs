using Microsoft.AspNetCore.Http.Metadata;

namespace OmniCharts.QueryApi.Charts;

/// <summary>Rocket.Chat's error bodies of spec §6 (not ProblemDetails), byte for byte.</summary>
public sealed class RocketChatErrorResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private const string LoggedOut = "You must be logged in to do this.";
    private readonly int statusCode;
    private readonly IReadOnlyList<(string Name, string Value)> extra;
    private readonly string error;

    private RocketChatErrorResult(int statusCode, string error, params (string, string)[] extra)
    {
        this.statusCode = statusCode;
        this.error = error;
        this.extra = extra;
    }

    /// <inheritdoc />
    public int? StatusCode => statusCode;

    /// <inheritdoc />
    public string ContentType => "application/json";

    /// <summary>401: missing or unknown credentials.</summary>
    public static RocketChatErrorResult Unauthorized() =>
        new(StatusCodes.Status401Unauthorized, LoggedOut, ("status", "error"), ("message", LoggedOut));

    /// <summary>403: the caller lacks <c>view-livechat-manager</c>.</summary>
    public static RocketChatErrorResult Forbidden() =>
        new(StatusCodes.Status403Forbidden, "User does not have the permissions required for this action [error-unauthorized]");

    /// <summary>400: the query breaks the schema; <paramref name="problem"/> is AJV's message.</summary>
    public static RocketChatErrorResult InvalidParams(string problem) =>
        new(StatusCodes.Status400BadRequest, problem + " [invalid-params]", ("errorType", "invalid-params"));

    /// <summary>400: the analytics overview's empty <c>name</c>; Rocket.Chat's handler throws <c>invalid-chart-name</c>.</summary>
    public static RocketChatErrorResult InvalidChartName() => new(StatusCodes.Status400BadRequest, "invalid-chart-name");

    /// <summary>503: the read model does not answer; the same shape as Rocket.Chat's other failures.</summary>
    public static RocketChatErrorResult Unavailable() =>
        new(StatusCodes.Status503ServiceUnavailable, "The chart data store is unavailable, try again later [error-unavailable]");

    /// <summary>503: the read model cannot answer yet, for <paramref name="reason"/> (empty, lost, being built).</summary>
    public static RocketChatErrorResult Unavailable(string reason) =>
        new(StatusCodes.Status503ServiceUnavailable, reason);

    /// <summary>The body: <c>success</c>, <c>error</c>, then the status-specific keys.</summary>
    public byte[] Body() => RocketChatJson.Serialize(writer =>
    {
        writer.WriteBoolean("success", false);
        writer.WriteString("error", error);
        foreach (var (name, value) in extra)
            writer.WriteString(name, value);
    });

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => RocketChatJson.WriteAsync(httpContext, statusCode, Body());
}
