using OmniCharts.Reference.ChartsData;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>One request the QueryApi answered otherwise than the oracle (status, body or headers).</summary>
public sealed record Mismatch(DifferentialRequest Request, ChartAnswer Expected, ChartAnswer Actual, string? HeaderProblem)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"""
        request:  {Request.Describe()}
        oracle:   {Expected.Status} {Expected.Body}
        queryapi: {Actual.Status} {Actual.Body}{(HeaderProblem is null ? "" : $"\nheaders:  {HeaderProblem}")}
        """;
}
