using System.Globalization;

namespace OmniCharts.QueryApi.Charts;

/// <summary>The <c>dataLabels</c> of a plan.</summary>
public static class BucketLabels
{
    // Built once: a 365-day chart would otherwise format 365 of them per request.
    private static readonly string[][] DayLabels =
        [.. Enumerable.Range(1, 12).Select(m => Enumerable.Range(1, 31).Select(d => $"{m}/{d}").ToArray())];

    /// <summary>
    /// Daily: <c>M/D</c> of the UTC day. Hourly: see <see cref="HourlyLabelStyle"/>; the 7.11 style needs
    /// <paramref name="now"/> because Rocket.Chat computes <c>moment.utc().set({hour: H}).tz(tz).format('hA')</c>:
    /// today's UTC date with the current minutes and seconds kept, which matters in fractional-offset zones.
    /// </summary>
    public static IReadOnlyList<string> For(RangePlan plan, HourlyLabelStyle style, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (plan.Mode == RangeMode.Daily)
            return plan.Buckets.Select(b => DayLabels[b.Start.UtcDateTime.Month - 1][b.Start.UtcDateTime.Day - 1]).ToList();
        if (style == HourlyLabelStyle.Fixed)
            return plan.Buckets.Select((_, i) => $"{Hour(i)}-{Hour(i + 1)}").ToList();

        var today = now.ToUniversalTime();
        return plan.Buckets.Select(b =>
        {
            var utc = today.AddHours(b.Start.UtcDateTime.Hour - today.Hour);
            var label = Hour(TimeZoneInfo.ConvertTime(utc, zone).Hour);
            return $"{label}-{label}";
        }).ToList();
    }

    // moment's 'hA': 12-hour clock without padding, then AM or PM.
    private static string Hour(int hour)
    {
        var h = hour % 24;
        var twelve = h % 12 == 0 ? 12 : h % 12;
        return twelve.ToString(CultureInfo.InvariantCulture) + (h < 12 ? "AM" : "PM");
    }
}
