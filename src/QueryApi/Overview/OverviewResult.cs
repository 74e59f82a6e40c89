using Microsoft.AspNetCore.Http.Metadata;
using OmniCharts.QueryApi.Charts;

namespace OmniCharts.QueryApi.Overview;

/// <summary>A 200 answer of the overview endpoints: its exact JSON body, never cached.</summary>
public sealed class OverviewResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private static readonly byte[] EmptySuccessBody = "{\"success\":true}"u8.ToArray();
    private readonly byte[] body;

    /// <summary>An answer with <paramref name="body"/>, exact JSON.</summary>
    public OverviewResult(byte[] body) => this.body = body;

    /// <summary>
    /// <c>{"success":true}</c>: what Rocket.Chat answers to a date that is not one and to an unknown name (it logs the
    /// problem and returns an empty success).
    /// </summary>
    public static OverviewResult EmptySuccess { get; } = new(EmptySuccessBody);

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public string ContentType => "application/json";

    /// <summary>The body.</summary>
    public ReadOnlyMemory<byte> Body => body;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => RocketChatJson.WriteAsync(httpContext, StatusCodes.Status200OK, body);
}
