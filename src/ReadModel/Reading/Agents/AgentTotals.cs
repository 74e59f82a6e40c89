namespace OmniCharts.ReadModel.Reading.Agents;

/// <summary>One agent's numbers added up over the cells of a bucket.</summary>
public sealed class AgentTotals
{
    internal AgentTotals(int additive) => Sums = new long[additive];

    /// <summary>Totals computed elsewhere (a baseline that adds up rooms itself).</summary>
    public AgentTotals(long[] sums, long? minimum)
    {
        Sums = sums;
        Minimum = minimum;
    }

    /// <summary>The family's additive numbers, summed (counts, integer ms).</summary>
    public long[] Sums { get; }

    /// <summary>The least of the cells' minimums in ms, or null when the family has none.</summary>
    public long? Minimum { get; private set; }

    /// <summary>Adds each of <paramref name="cells"/> to its agent's totals in <paramref name="totals"/>, made on first sight.</summary>
    internal static void AddCells(Dictionary<string, AgentTotals> totals, AgentFamilyShape shape, ReadOnlySpan<AgentCell> cells)
    {
        foreach (var cell in cells)
            Of(totals, shape, cell.Agent).Add(shape, cell.Values);
    }

    /// <summary><paramref name="agent"/>'s totals in <paramref name="totals"/>, added empty when it has none yet.</summary>
    internal static AgentTotals Of(Dictionary<string, AgentTotals> totals, AgentFamilyShape shape, string agent)
    {
        if (!totals.TryGetValue(agent, out var agentTotals))
            totals.Add(agent, agentTotals = new AgentTotals(shape.Additive));
        return agentTotals;
    }

    /// <summary>Adds totals made over other cells of the same family: sums add, the minimum takes the least.</summary>
    internal void Add(AgentTotals other)
    {
        for (var i = 0; i < Sums.Length && i < other.Sums.Length; i++)
            Sums[i] += other.Sums[i];
        if (other.Minimum is { } minimum && (Minimum is null || minimum < Minimum))
            Minimum = minimum;
    }

    internal void Add(AgentFamilyShape shape, long[] values)
    {
        for (var i = 0; i < Sums.Length && i < values.Length; i++)
            Sums[i] += values[i];
        if (shape.MinimumIndex is { } at && at < values.Length && (Minimum is null || values[at] < Minimum))
            Minimum = values[at];
    }
}
