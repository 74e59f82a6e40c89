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
        for (var d = 0; d < bucket.Days.Count; d++)
        {
            var day = bucket.Days[d];
            if (!days.TryGetValue(new DateOnly(day.Year, day.Month, 1), out var month))
                continue;
            var length = DateTime.DaysInMonth(day.Year, day.Month);
            if (IsWholeMonth(bucket.Days, d, length))
            {
                foreach (var (agent, monthTotals) in month.Totals(shape, 1, length))
                    AgentTotals.Of(totals, shape, agent).Add(monthTotals);
                d += length - 1;
                continue;
            }

            AgentTotals.AddCells(totals, shape, month.Between(day.Day, day.Day));
        }

        foreach (var run in bucket.Runs)
            AgentTotals.AddCells(totals, shape, slots[run.Day].Between(run.First, run.Last));

        return totals;
    }

    // Whether days[from..] starts with every day of a month of `length` days, each once, in order.
    private static bool IsWholeMonth(IReadOnlyList<DateOnly> days, int from, int length)
    {
        if (days[from].Day != 1 || from + length > days.Count)
            return false;
        for (var i = 1; i < length; i++)
        {
            if (days[from + i] != days[from].AddDays(i))
                return false;
        }

        return true;
    }
}
