using System.Text;
using OmniCharts.Reference;
using OmniCharts.Reference.ChartsData;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>Asks the QueryApi and the oracle the same requests and describes every difference in status or body.</summary>
public static class ParityCheck
{
    private const int ShownMismatches = 5;

    /// <summary>The mismatches, each with what reproduces it (<paramref name="context"/>: the seed and settings).</summary>
    public static async Task<IReadOnlyList<string>> CompareAsync(
        ParityApi api, RawDocuments final, IEnumerable<ChartRequest> requests, string context)
    {
        var mismatches = new List<string>();
        var oracle = api.Oracle;
        foreach (var request in requests)
        {
            var expected = ChartsDataOracle.Answer(final, request, oracle);
            var actual = await api.AskAsync(request);
            if (expected != actual)
                mismatches.Add(Describe(context, api, request, expected, actual));
        }
        return mismatches;
    }

    /// <summary>Fails with the first few mismatches in full and the total count.</summary>
    public static void AssertNone(IReadOnlyCollection<string> mismatches, int compared)
    {
        if (mismatches.Count == 0)
            return;
        var text = new StringBuilder($"{mismatches.Count} of {compared} answers differ from the oracle.\n\n");
        foreach (var mismatch in mismatches.Take(ShownMismatches))
            text.AppendLine(mismatch);
        Assert.Fail(text.ToString());
    }

    private static string Describe(string context, ParityApi api, ChartRequest request, ChartAnswer expected, ChartAnswer actual) =>
        $"""
        {context}; {api}
        request: {string.Join('&', request.Query.Select(p => $"{p.Key}={p.Value}"))} as X-User-Id={request.UserId ?? "(none)"} X-Auth-Token={request.AuthToken ?? "(none)"}
        oracle:   {expected.Status} {expected.Body}
        queryapi: {actual.Status} {actual.Body}

        """;
}
