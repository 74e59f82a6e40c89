namespace OmniCharts.Reference.AnalyticsOverview.Rooms;

/// <summary>
/// A metric in seconds (a double with millisecond precision) as exact integer milliseconds, the way the read model keeps
/// it; means divide the integer sum (analytics-overview.md §4).
/// </summary>
internal static class MetricMilliseconds
{
    public static long Of(double seconds) => (long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero);
}
