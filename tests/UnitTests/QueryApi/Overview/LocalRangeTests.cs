using OmniCharts.QueryApi.Overview.Requests;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.UnitTests.QueryApi.Overview;

public sealed class LocalRangeTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Kathmandu = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kathmandu");

    [Theory]
    [InlineData("2026-03-02", "2026-03-08", 7)]
    [InlineData("2026-11-01", "2026-11-01", 2)] // the fall-back day has 25 hours: the truncation counts one more
    [InlineData("2026-03-08", "2026-03-08", 1)] // the spring-forward day changes nothing
    [InlineData("2026-03-08", "2026-03-07", 1)]
    [InlineData("2026-03-08", "2026-03-06", 0)]
    [InlineData("2026-03-08", "2026-03-05", -1)]
    public void Days_are_the_truncated_difference_plus_one(string from, string to, long days) =>
        Assert.Equal(days, LocalRange.Of(DateOnly.Parse(from), DateOnly.Parse(to), NewYork).Days);

    [Fact]
    public void A_quarter_hour_zone_starts_and_ends_on_slot_boundaries()
    {
        var range = LocalRange.Of(new(2026, 3, 7), new(2026, 3, 7), Kathmandu);

        Assert.Equal(new UtcSlot(new(2026, 3, 6), 73), range.FirstSlot);
        Assert.Equal(range.FirstSlot.StartUnixMilliseconds, range.From);
        Assert.Equal(new UtcSlot(new(2026, 3, 7), 72), range.LastSlot);
        Assert.Equal(range.LastSlot.StartUnixMilliseconds + UtcSlot.Milliseconds - 1, range.To);
    }

    [Fact]
    public void The_first_and_last_years_do_not_fail()
    {
        var range = LocalRange.Of(new(1, 1, 1), new(9999, 12, 31), TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati"));

        Assert.False(range.IsEmpty);
        Assert.Equal(new DateOnly(1, 1, 1), range.FirstSlot.Day);
    }
}
