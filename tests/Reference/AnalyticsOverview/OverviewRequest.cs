namespace OmniCharts.Reference.AnalyticsOverview;

/// <summary>One call of the overview or agent-overview endpoint: the query string as sent and the two auth headers.</summary>
/// <param name="Endpoint">Which of the two endpoints is called.</param>
/// <param name="Query">The query parameters in order, repeats kept.</param>
/// <param name="UserId">The <c>X-User-Id</c> header, or null when absent.</param>
/// <param name="AuthToken">The <c>X-Auth-Token</c> header, or null when absent.</param>
public sealed record OverviewRequest(
    OverviewEndpoint Endpoint,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    string? UserId,
    string? AuthToken)
{
    /// <summary>The request's path, without the query string.</summary>
    public string Path => Endpoint == OverviewEndpoint.Overview
        ? "/api/v1/livechat/analytics/overview"
        : "/api/v1/livechat/analytics/agent-overview";

    /// <summary>A request to <paramref name="endpoint"/> from a caller with the given parameters.</summary>
    public static OverviewRequest Of(OverviewEndpoint endpoint, string? userId, string? authToken, params (string Name, string Value)[] query) =>
        new(endpoint, [.. query.Select(p => KeyValuePair.Create(p.Name, p.Value))], userId, authToken);

    /// <inheritdoc />
    public override string ToString() =>
        $"GET {Path}?{string.Join('&', Query.Select(p => $"{p.Key}={p.Value}"))} as {UserId ?? "(none)"}/{AuthToken ?? "(none)"}";
}
