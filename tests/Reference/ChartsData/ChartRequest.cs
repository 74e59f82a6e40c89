namespace OmniCharts.Reference.ChartsData;

/// <summary>One call of <c>GET charts-data</c>: the query string as sent and the two auth headers.</summary>
/// <param name="Query">The query parameters in order, repeats kept (a repeated name is an error).</param>
/// <param name="UserId">The <c>X-User-Id</c> header, or null when absent.</param>
/// <param name="AuthToken">The <c>X-Auth-Token</c> header, or null when absent.</param>
public sealed record ChartRequest(
    IReadOnlyList<KeyValuePair<string, string>> Query,
    string? UserId,
    string? AuthToken)
{
    /// <summary>A request from a caller with the given parameters.</summary>
    public static ChartRequest Of(string? userId, string? authToken, params (string Name, string Value)[] query) =>
        new([.. query.Select(p => KeyValuePair.Create(p.Name, p.Value))], userId, authToken);
}
