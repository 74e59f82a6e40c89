using OmniCharts.IntegrationTests.Parity;
using OmniCharts.Reference;
using OmniCharts.Reference.AnalyticsOverview;
using OmniCharts.Reference.ChartsData;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>Asks the QueryApi and the oracles the same requests over a step's reference documents, byte for byte.</summary>
public static class DifferentialCheck
{
    /// <summary>Compares every request (counting each in <paramref name="tally"/>); returns the first mismatch, or null.</summary>
    public static async Task<Mismatch?> CompareAsync(ParityApi api, RawDocuments reference, IEnumerable<DifferentialRequest> requests, DifferentialTally tally)
    {
        var documents = OracleInput(reference);
        var oracle = api.Oracle;
        Mismatch? first = null;
        foreach (var request in requests)
        {
            var (expected, (actual, headerProblem), kind) = request switch
            {
                DifferentialRequest.Chart chart => (ChartsDataOracle.Answer(documents, chart.Request, oracle), await api.AskAsync(chart.Request), tally.Charts),
                DifferentialRequest.Overview overview => (AnalyticsOverviewOracle.Answer(documents, overview.Request, oracle), await api.AskAsync(overview.Request), tally.Overview),
                _ => throw new ArgumentException($"Unknown request {request}", nameof(requests)),
            };
            var mismatch = expected == actual && headerProblem is null ? null : new Mismatch(request, expected, actual, headerProblem);
            kind.Count(expected, mismatch?.ToString());
            first ??= mismatch;
        }
        tally.Charts.Rounds++;
        tally.Overview.Rounds++;
        return first;
    }

    /// <summary>
    /// The reference without the messages of rooms that are not Omnichannel. Both oracles read messages only through
    /// the count per <c>rid</c> of the <c>t: 'l'</c> rooms of the same documents, so leaving the others out cannot change
    /// an answer; it spares the naive oracles the team chat (most messages), which they would count again for every request.
    /// </summary>
    public static RawDocuments OracleInput(RawDocuments reference)
    {
        var omnichannel = reference.Rooms.Where(r => r.GetValue("t", "") == "l").Select(r => r["_id"].ToString()).ToHashSet(StringComparer.Ordinal);
        return reference with { Messages = [.. reference.Messages.Where(m => omnichannel.Contains(m.GetValue("rid", "").ToString()!))] };
    }
}
