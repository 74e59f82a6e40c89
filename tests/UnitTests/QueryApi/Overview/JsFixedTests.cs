using OmniCharts.QueryApi.Overview.Formatting;

namespace OmniCharts.UnitTests.QueryApi.Overview;

// The expected texts are Node 20's Number.prototype.toFixed(2) of the same doubles.
public sealed class JsFixedTests
{
    [Theory]
    [InlineData(1.005, "1.00")]
    [InlineData(3.125, "3.13")]
    [InlineData(2.5, "2.50")]
    [InlineData(0.125, "0.13")]
    [InlineData(2.675, "2.67")]
    [InlineData(8.345, "8.35")]
    [InlineData(0.015, "0.01")]
    [InlineData(59.995, "59.99")]
    [InlineData(99.995, "100.00")]
    [InlineData(123456.785, "123456.79")]
    [InlineData(0.30000000000000004, "0.30")]
    [InlineData(5e-324, "0.00")]
    [InlineData(1e20, "100000000000000000000.00")]
    [InlineData(-2.5, "-2.50")]
    [InlineData(-0.001, "-0.00")]
    [InlineData(1e21, "1e+21")]
    public void Rounds_the_exact_binary_value_with_ties_away_from_zero(double value, string expected) =>
        Assert.Equal(expected, JsFixed.TwoDigits(value));

    [Fact]
    public void Negative_zero_and_not_a_number_print_like_javascript()
    {
        Assert.Equal("0.00", JsFixed.TwoDigits(0.0 / -1));
        Assert.Equal("NaN", JsFixed.TwoDigits(0.0 / 0));
        Assert.Equal("0.43", JsFixed.TwoDigits(3.0 / 7));
    }
}
