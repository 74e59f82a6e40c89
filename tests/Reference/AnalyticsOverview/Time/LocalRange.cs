using OmniCharts.Reference.ChartsData.Time;

namespace OmniCharts.Reference.AnalyticsOverview.Time;

/// <summary>
/// The range of analytics-overview.md §2 in Unix milliseconds: <see cref="From"/> is local midnight starting the
/// <c>from</c> date, <see cref="To"/> the last millisecond of the <c>to</c> date, both in the reporting zone.
/// </summary>
internal sealed record LocalRange(long From, long To, TimeZoneInfo Zone)
{
    private const long Day = 86_400_000;

    public static LocalRange Of(DateOnly from, DateOnly to, TimeZoneInfo zone) => new(
        WallClock.ToUnixMilliseconds(from.ToDateTime(TimeOnly.MinValue), zone),
        WallClock.ToUnixMilliseconds(to.ToDateTime(TimeOnly.MaxValue).AddTicks(-9_999), zone),
        zone);

    /// <summary><c>from ≤ ts ≤ to</c>: a reversed range holds nothing.</summary>
    public bool Holds(long ts) => ts >= From && ts <= To;

    /// <summary><c>from ≤ ts &lt; to</c>, On_Hold_conversations' range: the last millisecond is left out.</summary>
    public bool HoldsBeforeEnd(long ts) => ts >= From && ts < To;

    /// <summary>trunc((to − from) / 1 day) + 1; C#'s long division truncates toward zero like moment's diff.</summary>
    public long Days => (To - From) / Day + 1;

    /// <summary>The local calendar date and hour (0–23) of an instant.</summary>
    public (DateOnly Day, int Hour) LocalDayAndHour(long ts)
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(ts), Zone);
        return (DateOnly.FromDateTime(local.DateTime), local.Hour);
    }
}
