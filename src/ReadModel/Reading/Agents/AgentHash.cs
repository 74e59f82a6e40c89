namespace OmniCharts.ReadModel.Reading.Agents;

/// <summary>
/// The fields of one agent hash (a month's day fields or a day's slot fields) grouped by position, in the order the
/// hash gave them within a position: what a bucket of days or slots adds up without regrouping the cells per request.
/// Kept as is under its month's version; never changed once made.
/// </summary>
internal sealed class AgentHash
{
    private readonly AgentCell[] cells;
    private readonly int[] starts;
    private WholeSpan? whole;

    /// <summary>Groups <paramref name="cells"/> by position (0..<paramref name="positions"/> − 1); a cell outside is left out.</summary>
    public AgentHash(AgentCell[] cells, int positions)
    {
        // A counting sort: stable, so the agents of one position keep the order the hash gave them.
        starts = new int[positions + 1];
        foreach (var cell in cells)
        {
            if (cell.Position >= 0 && cell.Position < positions)
                starts[cell.Position + 1]++;
        }

        for (var p = 0; p < positions; p++)
            starts[p + 1] += starts[p];
        this.cells = new AgentCell[starts[positions]];
        var next = (int[])starts.Clone();
        foreach (var cell in cells)
        {
            if (cell.Position >= 0 && cell.Position < positions)
                this.cells[next[cell.Position]++] = cell;
        }
    }

    /// <summary>
    /// Each agent's totals over positions <paramref name="first"/>..<paramref name="last"/>, added up once and kept with
    /// the hash: a 365-day table adds twelve whole months per agent instead of 365 days of cells. Never change them.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, AgentTotals>> Totals(AgentFamilyShape shape, int first, int last)
    {
        if (whole is { } kept && kept.Shape == shape && kept.First == first && kept.Last == last)
            return kept.Totals;
        var totals = new Dictionary<string, AgentTotals>(StringComparer.Ordinal);
        AgentTotals.AddCells(totals, shape, Between(first, last));

        // Made again by a request that races this one: the same numbers, so either copy may stay.
        whole = new WholeSpan(shape, first, last, [.. totals]);
        return whole.Totals;
    }

    /// <summary>The cells of positions <paramref name="first"/>..<paramref name="last"/>, in order.</summary>
    public ReadOnlySpan<AgentCell> Between(int first, int last)
    {
        var (from, to) = (Math.Clamp(first, 0, starts.Length - 1), Math.Clamp(last + 1, 0, starts.Length - 1));
        return to <= from ? [] : cells.AsSpan(starts[from], starts[to] - starts[from]);
    }

    private sealed record WholeSpan(AgentFamilyShape Shape, int First, int Last, KeyValuePair<string, AgentTotals>[] Totals);
}
