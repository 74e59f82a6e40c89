using System.Text;
using OmniCharts.Reference.ChartsData;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// What a parity run compared: the mismatches in full, and how many answers of each status and how many charts
/// had a non-zero point, so a run that compared only empty charts or only errors cannot pass unnoticed.
/// </summary>
public sealed class ParityTally(Func<string, bool>? hasData = null)
{
    private const int ShownMismatches = 5;
    private readonly Func<string, bool> hasData = hasData ?? HasNonZeroPoint;
    private readonly List<string> mismatches = [];
    private readonly Dictionary<int, int> statuses = [];

    public int Compared { get; private set; }

    public int NonZeroCharts { get; private set; }

    /// <summary>Comparison rounds: one per history and path asked.</summary>
    public int Rounds { get; set; }

    public IReadOnlyList<string> Mismatches => mismatches;

    public void Count(ChartAnswer expected, string? mismatch)
    {
        Compared++;
        statuses[expected.Status] = statuses.GetValueOrDefault(expected.Status) + 1;
        if (expected.Status == 200 && hasData(expected.Body))
            NonZeroCharts++;
        if (mismatch is not null)
            mismatches.Add(mismatch);
    }

    public int WithStatus(int status) => statuses.GetValueOrDefault(status);

    /// <summary>Fails with the first mismatches in full, or when the run compared too little to prove anything.</summary>
    public void AssertParity(int minimumNonZeroCharts)
    {
        if (mismatches.Count > 0)
        {
            var text = new StringBuilder($"{mismatches.Count} of {Compared} answers differ from the oracle ({this}).\n\n");
            foreach (var mismatch in mismatches.Take(ShownMismatches))
                text.AppendLine(mismatch);
            Assert.Fail(text.ToString());
        }
        Assert.True(NonZeroCharts >= minimumNonZeroCharts, $"Too few charts with data to prove parity: {this}.");
    }

    public override string ToString() =>
        $"{Rounds} rounds, {Compared} requests, {NonZeroCharts} charts with data, statuses "
        + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));

    private static bool HasNonZeroPoint(string body)
    {
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("dataPoints").EnumerateArray().Any(p => p.GetDouble() != 0);
    }
}
