namespace OmniCharts.Reference.AnalyticsOverview;

/// <summary>The date ranges a parity run asks every name for, around a history's first day.</summary>
public static class OverviewRanges
{
    /// <summary>
    /// Single days, a few days, the calendar month, a range across a year end, the northern autumn and spring DST changes
    /// of the year, and reversed ranges (one, two and three days back: days = 1, 0 and −1).
    /// </summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To)> Around(DateOnly first)
    {
        var month = new DateOnly(first.Year, first.Month, 1);
        return
        [
            (first, first), (first.AddDays(1), first.AddDays(1)), (first.AddDays(2), first.AddDays(2)),
            (first.AddDays(-1), first.AddDays(-1)), (first, first.AddDays(2)), (first.AddDays(-3), first.AddDays(3)),
            (month, month.AddMonths(1).AddDays(-1)),
            (new DateOnly(first.Year - 1, 12, 31), new DateOnly(first.Year, 1, 1)),
            (first.AddDays(-370), first.AddDays(5)),
            (new DateOnly(first.Year, 10, 20), new DateOnly(first.Year, 11, 10)),
            (new DateOnly(first.Year, 3, 1), new DateOnly(first.Year, 4, 10)),
            (first.AddDays(1), first), (first.AddDays(2), first), (first.AddDays(3), first),
        ];
    }
}
