namespace OmniCharts.ReadModel.Reading.Agents;

/// <summary>
/// The agent fields a read fetched: the day fields of whole month hashes and the slot fields of whole days. Any bucket
/// made of those days and slots adds up from them (<see cref="TryCombine"/>).
/// </summary>
public sealed class AgentCells
{
    private readonly AgentFamilyShape shape;
    private readonly HashSet<DateOnly> months;
    private readonly Dictionary<DateOnly, AgentHash> days;
    private readonly Dictionary<DateOnly, AgentHash> slots;

    /// <summary>The month hashes by their month's first day, the slot hashes by their day.</summary>
    internal AgentCells(AgentFamilyShape shape, HashSet<DateOnly> months, Dictionary<DateOnly, AgentHash> days, Dictionary<DateOnly, AgentHash> slots)
    {
        this.shape = shape;
        this.months = months;
        this.days = days;
        this.slots = slots;
    }

    /// <summary>Each agent's totals over <paramref name="bucket"/>, or null when a day's month or a run's day was not read.</summary>
    public IReadOnlyDictionary<string, AgentTotals>? TryCombine(BucketSource bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        if (bucket.Days.Any(d => !months.Contains(new DateOnly(d.Year, d.Month, 1))) || bucket.Runs.Any(r => !slots.ContainsKey(r.Day)))
            return null;
        var totals = new Dictionary<string, AgentTotals>(StringComparer.Ordinal);
        foreach (var day in bucket.Days)
        {
            if (days.TryGetValue(new DateOnly(day.Year, day.Month, 1), out var month))
            {
                foreach (var cell in month.Between(day.Day, day.Day))
                    Of(totals, cell.Agent).Add(shape, cell.Values);
            }
        }

        foreach (var run in bucket.Runs)
        {
            foreach (var cell in slots[run.Day].Between(run.First, run.Last))
                Of(totals, cell.Agent).Add(shape, cell.Values);
        }

        return totals;
    }

    private AgentTotals Of(Dictionary<string, AgentTotals> totals, string agent)
    {
        if (!totals.TryGetValue(agent, out var agentTotals))
            totals.Add(agent, agentTotals = new AgentTotals(shape.Additive));
        return agentTotals;
    }
}
