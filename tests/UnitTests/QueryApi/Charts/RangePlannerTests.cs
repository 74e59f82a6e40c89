using OmniCharts.QueryApi.Charts;
using OmniCharts.QueryApi.Reporting;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.UnitTests.QueryApi.Charts;

public class RangePlannerTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static TimeZoneInfo Offset(int hours) => ReportingTimeZone.Choose("user", null, hours.ToString(), TimeZoneInfo.Utc);

    private static DateTimeOffset Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    private static List<string> DailyLabels(RangePlan plan) =>
        BucketLabels.For(plan, HourlyLabelStyle.Fixed, TimeZoneInfo.Utc, DateTimeOffset.UnixEpoch).ToList();

    [Fact]
    public void Spring_forward_day_of_23_hours_is_hourly_from_local_midnight()
    {
        var plan = RangePlanner.Plan(D(2025, 3, 9), D(2025, 3, 9), NewYork);

        Assert.Equal(RangeMode.Hourly, plan.Mode);
        Assert.Equal(24, plan.Buckets.Count);
        Assert.Equal(Utc(2025, 3, 9, 5), plan.Buckets[0].Start);
        Assert.Equal(Utc(2025, 3, 10, 4, 59).AddMilliseconds(59_999), plan.Buckets[23].End);
    }

    [Fact]
    public void Fall_back_day_of_25_hours_is_daily_with_two_utc_days()
    {
        var plan = RangePlanner.Plan(D(2025, 11, 2), D(2025, 11, 2), NewYork);

        Assert.Equal(RangeMode.Daily, plan.Mode);
        Assert.Equal(["11/2", "11/3"], DailyLabels(plan));
    }

    [Theory]
    [InlineData("Asia/Kolkata", 2025, 10, 1, 9, 30, 74, 75)]
    [InlineData("Asia/Kathmandu", 2025, 10, 1, 9, 30, 73, 75)]
    [InlineData("America/St_Johns", 2025, 1, 15, 1, 15, 14, 15)]
    public void Hourly_buckets_in_fractional_zones_end_with_their_utc_hour(
        string zone, int year, int month, int day, int firstMonth, int firstDay, int firstSlot, int lastSlot)
    {
        var plan = RangePlanner.Plan(D(year, month, day), D(year, month, day), TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(RangeMode.Hourly, plan.Mode);
        Assert.Equal(BucketSource.OfRun(new SlotRun(D(year, firstMonth, firstDay), firstSlot, lastSlot)).Runs, plan.Buckets[0].Source.Runs);
        Assert.Equal(plan.Buckets[0].Start.AddHours(1), plan.Buckets[1].Start);
        Assert.Equal(0, (plan.Buckets[0].End.ToUnixTimeMilliseconds() + 1) % 3_600_000);
    }

    [Fact]
    public void Kolkata_buckets_after_utc_midnight_read_the_next_utc_day()
    {
        var plan = RangePlanner.Plan(D(2025, 10, 1), D(2025, 10, 1), TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata"));

        Assert.Equal([new SlotRun(D(2025, 9, 30), 94, 95)], plan.Buckets[5].Source.Runs);
        Assert.Equal([new SlotRun(D(2025, 10, 1), 2, 3)], plan.Buckets[6].Source.Runs);
    }

    [Fact]
    public void East_of_utc_days_start_on_the_previous_utc_day()
    {
        var plan = RangePlanner.Plan(D(2025, 10, 1), D(2025, 10, 3), Offset(3));

        Assert.Equal(["9/30", "10/1", "10/2", "10/3"], DailyLabels(plan));
    }

    [Fact]
    public void West_of_utc_days_end_on_the_next_utc_day()
    {
        var plan = RangePlanner.Plan(D(2025, 10, 1), D(2025, 10, 3), Offset(-4));

        Assert.Equal(["10/1", "10/2", "10/3", "10/4"], DailyLabels(plan));
        Assert.All(plan.Buckets, b => Assert.Single(b.Source.Days));
    }

    [Fact]
    public void Same_start_and_end_is_hourly()
    {
        var plan = RangePlanner.Plan(D(2025, 10, 1), D(2025, 10, 1), TimeZoneInfo.Utc);

        Assert.Equal(RangeMode.Hourly, plan.Mode);
        Assert.Equal(Utc(2025, 10, 1, 0), plan.Buckets[0].Start);
        Assert.Equal([new SlotRun(D(2025, 10, 1), 92, 95)], plan.Buckets[23].Source.Runs);
    }

    [Fact]
    public void End_one_day_before_start_is_hourly_for_start()
    {
        var plan = RangePlanner.Plan(D(2025, 10, 2), D(2025, 10, 1), TimeZoneInfo.Utc);

        Assert.Equal(RangeMode.Hourly, plan.Mode);
        Assert.Equal(Utc(2025, 10, 2, 0), plan.Buckets[0].Start);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(400)]
    public void End_two_or_more_days_before_start_gives_no_buckets(int daysBefore)
    {
        var plan = RangePlanner.Plan(D(2025, 10, 10), D(2025, 10, 10).AddDays(-daysBefore), Offset(5));

        Assert.Equal(RangeMode.Daily, plan.Mode);
        Assert.Empty(plan.Buckets);
    }

    [Fact]
    public void Year_boundary_labels_carry_no_year()
    {
        var plan = RangePlanner.Plan(D(2025, 12, 30), D(2026, 1, 2), TimeZoneInfo.Utc);

        Assert.Equal(["12/30", "12/31", "1/1", "1/2"], DailyLabels(plan));
        Assert.Equal(D(2026, 1, 1), plan.Buckets[2].Source.Days[0]);
    }

    [Fact]
    public void Daily_buckets_are_whole_utc_days()
    {
        var plan = RangePlanner.Plan(D(2025, 10, 1), D(2025, 10, 2), NewYork);

        Assert.Equal(Utc(2025, 10, 1, 0), plan.Buckets[0].Start);
        Assert.Equal(Utc(2025, 10, 2, 0).AddMilliseconds(-1), plan.Buckets[0].End);
    }
}
