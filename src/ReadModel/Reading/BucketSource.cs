namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// What one answer bucket adds up: whole UTC days and runs of 15-minute slots. Strict mode uses one day
/// (daily) or one run (hourly); a bucket made of several pieces (for example a local day) lists them all.
/// </summary>
/// <param name="Days">Whole UTC days, read from the month hashes.</param>
/// <param name="Runs">Slot runs, read from the slot hashes.</param>
public sealed record BucketSource(IReadOnlyList<DateOnly> Days, IReadOnlyList<SlotRun> Runs)
{
    /// <summary>A bucket that is exactly one UTC day.</summary>
    public static BucketSource OfDay(DateOnly day) => new([day], []);

    /// <summary>A bucket that is exactly one run of slots.</summary>
    public static BucketSource OfRun(SlotRun run) => new([], [run]);

    /// <summary>Nothing.</summary>
    public static BucketSource Empty { get; } = new([], []);

    /// <summary>
    /// The slots <paramref name="first"/>..<paramref name="last"/> (empty when <paramref name="last"/> is earlier): the
    /// whole UTC days between from the day buckets, the first and the last day from their slots unless they are whole.
    /// With <paramref name="months"/> (first days of months), only whole days of those months are listed, so that a
    /// range of thousands of years costs what its months with data cost.
    /// </summary>
    public static BucketSource OfSlots(Keys.UtcSlot first, Keys.UtcSlot last, IReadOnlyCollection<DateOnly>? months = null)
    {
        if ((last.Day, last.Index).CompareTo((first.Day, first.Index)) < 0)
            return Empty;
        if (first.Day == last.Day)
        {
            return first.Index == 0 && last.Index == Keys.UtcSlot.PerDay - 1
                ? new BucketSource(Keep([first.Day], months), [])
                : new BucketSource([], [new SlotRun(first.Day, first.Index, last.Index)]);
        }

        var runs = new List<SlotRun>(2);
        var firstWhole = first.Index == 0 ? first.Day : first.Day.AddDays(1);
        var lastWhole = last.Index == Keys.UtcSlot.PerDay - 1 ? last.Day : last.Day.AddDays(-1);
        if (first.Index > 0)
            runs.Add(new SlotRun(first.Day, first.Index, Keys.UtcSlot.PerDay - 1));
        if (last.Index < Keys.UtcSlot.PerDay - 1)
            runs.Add(new SlotRun(last.Day, 0, last.Index));
        return new BucketSource(WholeDays(firstWhole, lastWhole, months), runs);
    }

    private static List<DateOnly> WholeDays(DateOnly first, DateOnly last, IReadOnlyCollection<DateOnly>? months)
    {
        var days = new List<DateOnly>(months is null && last >= first ? last.DayNumber - first.DayNumber + 1 : 0);
        if (last < first)
            return days;
        if (months is null)
        {
            for (var day = first; day <= last; day = day.AddDays(1))
                days.Add(day);
            return days;
        }

        foreach (var month in months.Order())
        {
            var from = month < first ? first : month;
            var monthEnd = month.AddMonths(1).AddDays(-1);
            for (var day = from; day <= monthEnd && day <= last; day = day.AddDays(1))
                days.Add(day);
        }

        return days;
    }

    private static List<DateOnly> Keep(List<DateOnly> days, IReadOnlyCollection<DateOnly>? months) =>
        months is null ? days : [.. days.Where(d => months.Contains(new DateOnly(d.Year, d.Month, 1)))];
}
