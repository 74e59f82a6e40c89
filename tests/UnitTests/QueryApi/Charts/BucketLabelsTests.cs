using OmniCharts.QueryApi.Charts;

namespace OmniCharts.UnitTests.QueryApi.Charts;

public class BucketLabelsTests
{
    private static readonly DateOnly October1 = new(2025, 10, 1);

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static IReadOnlyList<string> Hourly(HourlyLabelStyle style, TimeZoneInfo zone, DateTimeOffset now, DateOnly? day = null) =>
        BucketLabels.For(RangePlanner.Plan(day ?? October1, day ?? October1, zone), style, zone, now);

    [Fact]
    public void Fixed_labels_are_the_same_for_every_zone()
    {
        var now = DateTimeOffset.UnixEpoch;
        var utc = Hourly(HourlyLabelStyle.Fixed, TimeZoneInfo.Utc, now);

        Assert.Equal(utc, Hourly(HourlyLabelStyle.Fixed, Zone("Asia/Kathmandu"), now));
        Assert.Equal("12AM-1AM", utc[0]);
        Assert.Equal("1AM-2AM", utc[1]);
        Assert.Equal("11AM-12PM", utc[11]);
        Assert.Equal("12PM-1PM", utc[12]);
        Assert.Equal("11PM-12AM", utc[23]);
    }

    [Fact]
    public void Rocketchat_7_11_labels_repeat_the_local_hour_of_the_buckets_utc_hour()
    {
        var labels = Hourly(HourlyLabelStyle.RocketChat711, Zone("America/Sao_Paulo"), new DateTimeOffset(2025, 6, 15, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal("12AM-12AM", labels[0]);
        Assert.Equal("1PM-1PM", labels[13]);
        Assert.Equal("11PM-11PM", labels[23]);
    }

    [Fact]
    public void Rocketchat_7_11_labels_take_todays_offset_not_the_charted_days()
    {
        // January is EST, the fixed clock says June (EDT): every label is an hour later.
        var labels = Hourly(HourlyLabelStyle.RocketChat711, Zone("America/New_York"), new DateTimeOffset(2025, 6, 15, 10, 0, 0, TimeSpan.Zero), new DateOnly(2025, 1, 15));

        Assert.Equal("1AM-1AM", labels[0]);
        Assert.Equal("12AM-12AM", labels[23]);
    }

    [Theory]
    [InlineData(45, "12AM-12AM")]
    [InlineData(15, "11PM-11PM")]
    public void Rocketchat_7_11_labels_keep_the_current_minutes_like_moment(int minute, string firstLabel)
    {
        // Kolkata's first bucket starts at 18:30Z; moment labels 18:mmZ in local time: 00:15 or 23:45.
        var now = new DateTimeOffset(2025, 6, 15, 10, minute, 30, TimeSpan.Zero);

        Assert.Equal(firstLabel, Hourly(HourlyLabelStyle.RocketChat711, Zone("Asia/Kolkata"), now)[0]);
    }
}
