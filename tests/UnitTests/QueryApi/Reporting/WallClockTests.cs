using OmniCharts.QueryApi.Reporting;

namespace OmniCharts.UnitTests.QueryApi.Reporting;

public class WallClockTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    [Fact]
    public void Midnight_inside_a_dst_gap_moves_forward_like_moment()
    {
        // Chile skipped 2024-09-08 00:00..01:00 local (-04 → -03): moment-timezone gives 01:00 -03 (04:00Z).
        var instant = WallClock.ToInstant(new DateTime(2024, 9, 8), Zone("America/Santiago"));

        Assert.Equal(new DateTimeOffset(2024, 9, 8, 4, 0, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void A_time_inside_a_gap_keeps_the_offset_before_the_gap()
    {
        var instant = WallClock.ToInstant(new DateTime(2025, 3, 9, 2, 30, 0), Zone("America/New_York"));

        Assert.Equal(new DateTimeOffset(2025, 3, 9, 7, 30, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void A_repeated_time_takes_the_earlier_instant_like_moment()
    {
        var instant = WallClock.ToInstant(new DateTime(2025, 11, 2, 1, 30, 0), Zone("America/New_York"));

        Assert.Equal(new DateTimeOffset(2025, 11, 2, 5, 30, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void End_of_day_repeated_by_a_midnight_fall_back_takes_the_earlier_instant()
    {
        // Sao Paulo fell back 2019-02-17 00:00 -02 → 2019-02-16 23:00 -03; moment's endOf('day') is 01:59:59.999Z.
        var instant = WallClock.ToInstant(new DateTime(2019, 2, 16, 23, 59, 59, 999), Zone("America/Sao_Paulo"));

        Assert.Equal(new DateTimeOffset(2019, 2, 17, 1, 59, 59, 999, TimeSpan.Zero), instant);
    }

    [Fact]
    public void Ordinary_times_use_the_zone_offset()
    {
        var instant = WallClock.ToInstant(new DateTime(2025, 10, 1), Zone("Asia/Kathmandu"));

        Assert.Equal(new DateTimeOffset(2025, 9, 30, 18, 15, 0, TimeSpan.Zero), instant);
    }
}
