using System.Text.Json;
using OmniCharts.Reference;
using OmniCharts.Reference.AnalyticsOverview;
using OmniCharts.Reference.ChartsData;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// Asks the QueryApi and <see cref="AnalyticsOverviewOracle"/> the same overview and agent-overview requests and records
/// every difference in status, body or headers.
/// </summary>
public static class OverviewParityCheck
{
    /// <summary>A tally whose "answers with data" are card groups with a non-empty value and agent tables with a row.</summary>
    public static ParityTally NewTally() => new(HasData);

    /// <summary>Compares each request; a mismatch is described with <paramref name="context"/> (the seed) and the settings.</summary>
    public static async Task CompareAsync(ParityApi api, RawDocuments final, IEnumerable<OverviewRequest> requests, string context, ParityTally tally)
    {
        var oracle = api.Oracle;
        foreach (var request in requests)
        {
            var expected = AnalyticsOverviewOracle.Answer(final, request, oracle);
            var (actual, headerProblem) = await api.AskAsync(request);
            tally.Count(expected, expected == actual && headerProblem is null ? null : Describe(context, api, request, expected, actual, headerProblem));
        }
        tally.Rounds++;
    }

    /// <summary>Whether a 200 body shows something: a card that is not empty, an agent row.</summary>
    public static bool HasData(string body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.EnumerateArray().Select(card => card.GetProperty("value")).Any(value =>
                value.ValueKind == JsonValueKind.Number ? value.GetInt64() != 0 : value.GetString() is not ("-" or "0.00" or "00:00:00"));
        }
        return root.TryGetProperty("data", out var rows) && rows.GetArrayLength() > 0;
    }

    private static string Describe(string context, ParityApi api, OverviewRequest request, ChartAnswer expected, ChartAnswer actual, string? headerProblem) =>
        $"""
        {context}; {api}
        request: {request}
        oracle:   {expected.Status} {expected.Body}
        queryapi: {actual.Status} {actual.Body}{(headerProblem is null ? "" : $"\n        headers:  {headerProblem}")}

        """;
}
