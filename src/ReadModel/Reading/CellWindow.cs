namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// The cells one read fetches: a run of whole UTC days and a run of slots, either possibly absent. A window
/// wider than a chart's buckets answers it just as exactly; the QueryApi uses that to read before it knows
/// the caller's time zone.
/// </summary>
/// <param name="Days">The day cells, or null.</param>
/// <param name="Slots">The slot cells, or null.</param>
public sealed record CellWindow(DayRange? Days, SlotRange? Slots)
{
    /// <summary>No cells.</summary>
    public static CellWindow Empty { get; } = new(null, null);

    /// <summary>The smallest window that holds every cell of <paramref name="buckets"/>.</summary>
    public static CellWindow Covering(IReadOnlyList<BucketSource> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        DayRange? days = null;
        SlotRange? slots = null;
        foreach (var bucket in buckets)
        {
            foreach (var day in bucket.Days)
                days = days is { } d ? new DayRange(Min(d.First, day), Max(d.Last, day)) : new DayRange(day, day);
            foreach (var run in bucket.Runs)
            {
                var (first, last) = (new Keys.UtcSlot(run.Day, run.First), new Keys.UtcSlot(run.Day, run.Last));
                slots = slots is { } s ? new SlotRange(Earlier(s.First, first), Later(s.Last, last)) : new SlotRange(first, last);
            }
        }

        return new CellWindow(days, slots);
    }

    /// <summary>Whether every cell of <paramref name="buckets"/> is inside.</summary>
    public bool Covers(IReadOnlyList<BucketSource> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        foreach (var bucket in buckets)
        {
            foreach (var day in bucket.Days)
                if (Days is not { } d || !d.Contains(day))
                    return false;
            foreach (var run in bucket.Runs)
                if (Slots is not { } s || !s.Contains(run))
                    return false;
        }

        return true;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static Keys.UtcSlot Earlier(Keys.UtcSlot a, Keys.UtcSlot b) => (a.Day, a.Index).CompareTo((b.Day, b.Index)) <= 0 ? a : b;

    private static Keys.UtcSlot Later(Keys.UtcSlot a, Keys.UtcSlot b) => (a.Day, a.Index).CompareTo((b.Day, b.Index)) >= 0 ? a : b;
}
