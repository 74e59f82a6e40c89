using OmniCharts.Reference;
using OmniCharts.Reference.ChartsData;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>Asks the QueryApi and the oracle the same requests and records every difference in status or body.</summary>
public static class ParityCheck
{
    /// <summary>Compares each request; a mismatch is described with <paramref name="context"/> (the seed) and the settings.</summary>
    public static async Task CompareAsync(
        ParityApi api, RawDocuments final, IEnumerable<ChartRequest> requests, string context, ParityTally tally, string path = ParityApi.Path)
    {
        var oracle = api.Oracle;
        foreach (var request in requests)
        {
            var expected = ChartsDataOracle.Answer(final, request, oracle);
            var (actual, headerProblem) = await api.AskAsync(request, path);
            tally.Count(expected, expected == actual && headerProblem is null ? null : Describe(context + " on " + path, api, request, expected, actual, headerProblem));
        }
        tally.Rounds++;
    }

    private static string Describe(string context, ParityApi api, ChartRequest request, ChartAnswer expected, ChartAnswer actual, string? headerProblem) =>
        $"""
        {context}; {api}
        request: {string.Join('&', request.Query.Select(p => $"{p.Key}={p.Value}"))} as X-User-Id={request.UserId ?? "(none)"} X-Auth-Token={request.AuthToken ?? "(none)"}
        oracle:   {expected.Status} {expected.Body}
        queryapi: {actual.Status} {actual.Body}{(headerProblem is null ? "" : $"\n        headers:  {headerProblem}")}

        """;
}
