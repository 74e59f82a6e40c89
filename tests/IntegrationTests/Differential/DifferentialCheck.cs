using OmniCharts.IntegrationTests.Parity;
using OmniCharts.Reference;
using OmniCharts.Reference.ChartsData;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>Asks the QueryApi and the oracle the same requests over a step's reference documents, byte for byte.</summary>
public static class DifferentialCheck
{
    /// <summary>Compares every request (counting each in <paramref name="tally"/>); returns the first mismatch, or null.</summary>
    public static async Task<Mismatch?> CompareAsync(ParityApi api, RawDocuments reference, IEnumerable<ChartRequest> requests, ParityTally tally)
    {
        var documents = OracleInput(reference);
        var oracle = api.Oracle;
        Mismatch? first = null;
        foreach (var request in requests)
        {
            var expected = ChartsDataOracle.Answer(documents, request, oracle);
            var (actual, headerProblem) = await api.AskAsync(request);
            var mismatch = expected == actual && headerProblem is null ? null : new Mismatch(request, expected, actual, headerProblem);
            tally.Count(expected, mismatch?.ToString());
            first ??= mismatch;
        }
        tally.Rounds++;
        return first;
    }

    /// <summary>
    /// The reference without the messages of rooms that are not Omnichannel. The oracle reads messages only through
    /// the count per <c>rid</c> of the <c>t: 'l'</c> rooms of the same documents, so leaving the others out cannot change
    /// an answer; it spares the naive oracle the team chat (most messages), which it would count again for every request.
    /// </summary>
    public static RawDocuments OracleInput(RawDocuments reference)
    {
        var omnichannel = reference.Rooms.Where(r => r.GetValue("t", "") == "l").Select(r => r["_id"].ToString()).ToHashSet(StringComparer.Ordinal);
        return reference with { Messages = [.. reference.Messages.Where(m => omnichannel.Contains(m.GetValue("rid", "").ToString()!))] };
    }
}
