using OmniCharts.QueryApi.Overview.Formatting;

namespace OmniCharts.UnitTests.QueryApi.Overview;

// Rocket.Chat's secondsToHHMMSS on x.toFixed(2); the expected texts were printed by Node 20.
public sealed class DurationTests
{
    [Theory]
    [InlineData(0, "00:00:00")]
    [InlineData(0.49, "00:00:00")]
    [InlineData(0.5, "00:00:01")]
    [InlineData(12.5, "00:00:13")]
    [InlineData(3661, "01:01:01")]
    [InlineData(59.5, "00:00:60")]
    [InlineData(59.995, "00:00:60")]
    [InlineData(7199.995, "01:59:60")]
    [InlineData(360000, "100:00:00")]
    [InlineData(double.NaN, "NaN:NaN:NaN")]
    public void Prints_hours_minutes_and_rounded_seconds_of_the_two_digit_value(double seconds, string expected) =>
        Assert.Equal(expected, Duration.OfSeconds(seconds));

    [Theory]
    [InlineData("00:59:59", 0)]
    [InlineData("01:00:00", 1)]
    [InlineData("100:00:00", 100)]
    public void Sorts_by_the_hours_only_like_parseFloat(string text, double key) => Assert.Equal(key, Duration.SortKey(text));

    [Fact]
    public void Not_a_number_sorts_as_not_a_number() => Assert.True(double.IsNaN(Duration.SortKey("NaN:NaN:NaN")));
}
