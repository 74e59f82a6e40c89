using OmniCharts.QueryApi.Reporting;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Charts;

/// <summary>
/// Rocket.Chat 7.11's ("strict") bucket plan of spec §3. A corrected plan (local days, whole local hours)
/// would be a sibling producing the same <see cref="RangePlan"/>, with multi-piece <see cref="BucketSource"/>s.
/// </summary>
public static class RangePlanner
{
    private const long DayMs = 86_400_000;
    private const long HourMs = 3_600_000;
    private static readonly TimeOnly LastMillisecond = new(23, 59, 59, 999);

    /// <summary>Plans <paramref name="start"/>..<paramref name="end"/> (local dates) in <paramref name="zone"/>.</summary>
    public static RangePlan Plan(DateOnly start, DateOnly end, TimeZoneInfo zone)
    {
        var from = WallClock.ToInstant(start.ToDateTime(TimeOnly.MinValue), zone).ToUnixTimeMilliseconds();
        var to = WallClock.ToInstant(end.ToDateTime(LastMillisecond), zone).ToUnixTimeMilliseconds();
        // C# integer division truncates toward zero, like the spec's whole-day count.
        return (to - from) / DayMs == 0
            ? new RangePlan(RangeMode.Hourly, Hours(from))
            : new RangePlan(RangeMode.Daily, Days(UtcSlot.Of(from).Day, UtcSlot.Of(to).Day));
    }

    private static List<PlannedBucket> Hours(long from)
    {
        var buckets = new List<PlannedBucket>(24);
        for (var i = 0; i < 24; i++)
        {
            var start = from + i * HourMs;
            var end = start - Modulo(start, HourMs) + HourMs - 1;
            var (first, last) = (UtcSlot.Of(start), UtcSlot.Of(end));
            buckets.Add(new PlannedBucket(Instant(start), Instant(end), BucketSource.OfRun(new SlotRun(first.Day, first.Index, last.Index))));
        }

        return buckets;
    }

    private static List<PlannedBucket> Days(DateOnly first, DateOnly last)
    {
        var buckets = new List<PlannedBucket>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            buckets.Add(new PlannedBucket(start, start.AddMilliseconds(DayMs - 1), BucketSource.OfDay(day)));
        }

        return buckets;
    }

    private static long Modulo(long value, long divisor) => ((value % divisor) + divisor) % divisor;

    private static DateTimeOffset Instant(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs);
}
