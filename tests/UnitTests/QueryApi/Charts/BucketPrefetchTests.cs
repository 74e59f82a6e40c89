using OmniCharts.QueryApi.Charts;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.UnitTests.QueryApi.Charts;

public class BucketPrefetchTests
{
    private static readonly DateOnly March2 = new(2026, 3, 2);

    // Every offset in use, UTC−12 to UTC+14, in quarter hours.
    public static TheoryData<int> QuarterHours() => [.. Enumerable.Range(-48, 48 + 56 + 1)];

    private static TimeZoneInfo FixedZone(int quarterHours)
    {
        var offset = TimeSpan.FromMinutes(quarterHours * 15);
        return TimeZoneInfo.CreateCustomTimeZone($"q{quarterHours}", offset, "q", "q");
    }

    private static BucketSource[] Sources(DateOnly start, DateOnly end, TimeZoneInfo zone) =>
        [.. RangePlanner.Plan(start, end, zone).Buckets.Select(b => b.Source)];

    [Theory]
    [MemberData(nameof(QuarterHours))]
    public void The_window_holds_every_bucket_of_the_range_in_any_current_offset(int quarterHours)
    {
        var zone = FixedZone(quarterHours);
        foreach (var span in new[] { -3, -2, -1, 0, 1, 6, 30, 364, 729 })
        {
            var end = March2.AddDays(span);
            Assert.True(BucketPrefetch.WindowFor(March2, end).Covers(Sources(March2, end, zone)), $"span {span}");
        }
    }

    [Fact]
    public void A_25_hour_day_is_daily_and_falls_outside_the_hourly_window()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var day = new DateOnly(2026, 10, 25);

        Assert.False(BucketPrefetch.WindowFor(day, day).Covers(Sources(day, day, london)));
    }

    [Fact]
    public void Ranges_beyond_the_limit_are_not_read_ahead() =>
        Assert.Equal(CellWindow.Empty, BucketPrefetch.WindowFor(March2, March2.AddDays(BucketPrefetch.MaxDays)));
}
