namespace OmniCharts.Reference.ChartsData.Time;

/// <summary>The labels of hourly buckets (charts-data.md §3).</summary>
internal static class HourLabels
{
    /// <summary><c>12AM-1AM</c> for bucket 0 … <c>11PM-12AM</c> for bucket 23.</summary>
    public static string Fixed(int index) => $"{Hour(index % 24)}-{Hour((index + 1) % 24)}";

    /// <summary>
    /// 7.11's <c>moment.utc().set({hour: H}).tz(tz).format('hA')</c>, twice: today's UTC date at hour
    /// <paramref name="utcHour"/> with the clock's minutes, seconds and milliseconds, read in the zone.
    /// </summary>
    public static string RocketChat711(int utcHour, DateTimeOffset now, TimeZoneInfo zone)
    {
        var utcNow = now.UtcDateTime;
        var instant = new DateTimeOffset(utcNow.Date.AddHours(utcHour) + (utcNow - utcNow.Date - TimeSpan.FromHours(utcNow.Hour)), TimeSpan.Zero);
        var label = Hour(TimeZoneInfo.ConvertTime(instant, zone).Hour);
        return $"{label}-{label}";
    }

    private static string Hour(int hour) => $"{(hour % 12 == 0 ? 12 : hour % 12)}{(hour < 12 ? "AM" : "PM")}";
}
