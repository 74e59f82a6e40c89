using OmniCharts.Reference.ChartsData;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>One request the QueryApi answered otherwise than the oracle (status, body or headers).</summary>
public sealed record Mismatch(ChartRequest Request, ChartAnswer Expected, ChartAnswer Actual, string? HeaderProblem)
{
    /// <summary>The request as sent, on one line.</summary>
    public static string Describe(ChartRequest request) =>
        string.Join('&', request.Query.Select(p => $"{p.Key}={p.Value}"))
        + $" as X-User-Id={request.UserId ?? "(none)"} X-Auth-Token={request.AuthToken ?? "(none)"}";

    /// <inheritdoc />
    public override string ToString() =>
        $"""
        request:  {Describe(Request)}
        oracle:   {Expected.Status} {Expected.Body}
        queryapi: {Actual.Status} {Actual.Body}{(HeaderProblem is null ? "" : $"\nheaders:  {HeaderProblem}")}
        """;
}
