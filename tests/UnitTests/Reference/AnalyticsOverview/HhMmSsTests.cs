using OmniCharts.Reference.AnalyticsOverview.Formatting;

namespace OmniCharts.UnitTests.Reference.AnalyticsOverview;

// Expected texts were printed by Node 20 running Rocket.Chat's secondsToHHMMSS on x.toFixed(2).
public class HhMmSsTests
{
    [Theory]
    [InlineData(0, "00:00:00")]
    [InlineData(0.49, "00:00:00")]
    [InlineData(0.5, "00:00:01")]
    [InlineData(1.5, "00:00:02")]
    [InlineData(12.5, "00:00:13")]
    [InlineData(59.49, "00:00:59")]
    [InlineData(60, "00:01:00")]
    [InlineData(3600, "01:00:00")]
    [InlineData(3661, "01:01:01")]
    public void Seconds_are_rounded_with_halves_up(double seconds, string expected) =>
        Assert.Equal(expected, HhMmSs.OfFixed(seconds));

    [Theory]
    [InlineData(59.5, "00:00:60")]
    [InlineData(59.99, "00:00:60")]
    [InlineData(3599.5, "00:59:60")]
    [InlineData(86399.5, "23:59:60")]
    [InlineData(7199.995, "01:59:60")]
    public void Seconds_can_read_60(double seconds, string expected) =>
        Assert.Equal(expected, HhMmSs.OfFixed(seconds));

    [Theory]
    [InlineData(359999.99, "99:59:60")]
    [InlineData(360000, "100:00:00")]
    public void Hours_are_not_capped(double seconds, string expected) =>
        Assert.Equal(expected, HhMmSs.OfFixed(seconds));

    [Fact]
    public void The_value_goes_through_its_two_digit_text_first()
    {
        // 59.995 is stored just below the half: toFixed gives 59.99, whose seconds round to 60.
        Assert.Equal("00:00:60", HhMmSs.OfFixed(59.995));
        Assert.Equal("00:00:60", HhMmSs.Of(59.995));
        Assert.Equal("00:00:59", HhMmSs.Of(59.4949));
        Assert.Equal("00:00:59", HhMmSs.OfFixed(59.4949));
    }

    [Fact]
    public void Not_a_number_prints_NaN_three_times() => Assert.Equal("NaN:NaN:NaN", HhMmSs.OfFixed(double.NaN));
}
