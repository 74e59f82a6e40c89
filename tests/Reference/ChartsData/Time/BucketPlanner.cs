namespace OmniCharts.Reference.ChartsData.Time;

/// <summary>Which buckets a date range asks for (charts-data.md §3, strict mode).</summary>
internal static class BucketPlanner
{
    private const long Hour = 3_600_000;
    private const long Day = 86_400_000;

    public static IReadOnlyList<Bucket> Plan(DateOnly start, DateOnly end, TimeZoneInfo zone, HourlyLabelStyle style, DateTimeOffset now)
    {
        var from = WallClock.ToUnixMilliseconds(start.ToDateTime(TimeOnly.MinValue), zone);
        var to = WallClock.ToUnixMilliseconds(end.ToDateTime(TimeOnly.MaxValue).AddTicks(-9_999), zone);
        // C# long division truncates toward zero, like moment's diff in days.
        return (to - from) / Day == 0 ? Hourly(from, zone, style, now) : Daily(from, to);
    }

    private static List<Bucket> Hourly(long from, TimeZoneInfo zone, HourlyLabelStyle style, DateTimeOffset now)
    {
        var buckets = new List<Bucket>(24);
        for (var i = 0; i < 24; i++)
        {
            var gte = from + i * Hour;
            var hourStart = gte - Modulo(gte, Hour);
            var label = style == HourlyLabelStyle.Fixed
                ? HourLabels.Fixed(i)
                : HourLabels.RocketChat711((int)(Modulo(hourStart, Day) / Hour), now, zone);
            buckets.Add(new Bucket(gte, hourStart + Hour - 1, label));
        }
        return buckets;
    }

    private static List<Bucket> Daily(long from, long to)
    {
        var buckets = new List<Bucket>();
        for (var day = from - Modulo(from, Day); day <= to - Modulo(to, Day); day += Day)
        {
            var date = DateTimeOffset.FromUnixTimeMilliseconds(day).UtcDateTime;
            buckets.Add(new Bucket(day, day + Day - 1, $"{date.Month}/{date.Day}"));
        }
        return buckets;
    }

    private static long Modulo(long value, long divisor) => ((value % divisor) + divisor) % divisor;
}
