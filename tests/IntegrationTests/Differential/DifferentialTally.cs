using OmniCharts.IntegrationTests.Parity;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>What a differential run compared: the charts-data answers and the overview answers, each with its own notion of data.</summary>
public sealed class DifferentialTally
{
    /// <summary>charts-data: answers with a non-zero point.</summary>
    public ParityTally Charts { get; } = new();

    /// <summary>overview and agent-overview: card groups with a non-empty value, agent tables with a row.</summary>
    public ParityTally Overview { get; } = OverviewParityCheck.NewTally();

    public int Compared => Charts.Compared + Overview.Compared;

    public int MismatchCount => Charts.Mismatches.Count + Overview.Mismatches.Count;

    /// <summary>Fails with the first mismatches, or when too few answers of either kind had data.</summary>
    public void AssertParity(int minimumNonZeroCharts, int minimumOverviewsWithData)
    {
        Charts.AssertParity(minimumNonZeroCharts);
        Overview.AssertParity(minimumOverviewsWithData);
    }

    /// <inheritdoc />
    public override string ToString() => $"charts-data: {Charts}; overview: {Overview}";
}
