using OmniCharts.Reference.AnalyticsOverview.Formatting;

namespace OmniCharts.UnitTests.Reference.AnalyticsOverview;

// Every expected text below was printed by Node 20's Number.prototype.toFixed(2) for the same double.
public class JsToFixedTests
{
    [Theory]
    [InlineData(1.005, "1.00")]
    [InlineData(3.125, "3.13")]
    [InlineData(2.5, "2.50")]
    [InlineData(0.125, "0.13")]
    [InlineData(0.375, "0.38")]
    [InlineData(2.675, "2.67")]
    [InlineData(8.345, "8.35")]
    [InlineData(0.005, "0.01")]
    [InlineData(0.015, "0.01")]
    [InlineData(10.235, "10.23")]
    [InlineData(59.995, "59.99")]
    [InlineData(99.995, "100.00")]
    [InlineData(0.875, "0.88")]
    [InlineData(123456.785, "123456.79")]
    [InlineData(1234.5678, "1234.57")]
    [InlineData(0.30000000000000004, "0.30")]
    [InlineData(0.000001, "0.00")]
    [InlineData(5e-324, "0.00")]
    [InlineData(100.0, "100.00")]
    [InlineData(1e20, "100000000000000000000.00")]
    public void Rounds_the_exact_binary_value_with_ties_away_from_zero(double value, string expected) =>
        Assert.Equal(expected, JsToFixed.TwoDigits(value));

    [Theory]
    [InlineData(-1.005, "-1.00")]
    [InlineData(-2.5, "-2.50")]
    [InlineData(-0.005, "-0.01")]
    [InlineData(-0.001, "-0.00")]
    [InlineData(-1e-10, "-0.00")]
    public void Negative_values_keep_their_sign_even_when_they_round_to_zero(double value, string expected) =>
        Assert.Equal(expected, JsToFixed.TwoDigits(value));

    [Fact]
    public void Negative_zero_prints_without_a_sign() => Assert.Equal("0.00", JsToFixed.TwoDigits(-0.0));

    [Fact]
    public void Zero_divided_by_minus_one_prints_zero() => Assert.Equal("0.00", JsToFixed.TwoDigits(0.0 / -1));

    [Fact]
    public void Not_a_number_prints_NaN() => Assert.Equal("NaN", JsToFixed.TwoDigits(0.0 / 0));

    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    public void From_1e21_on_the_number_prints_in_exponent_form(double value, string expected) =>
        Assert.Equal(expected, JsToFixed.TwoDigits(value));

    [Theory]
    [InlineData(3, 7, "0.43")]
    [InlineData(2, 7, "0.29")]
    [InlineData(1, 3, "0.33")]
    public void Quotients_print_like_javascript(int numerator, int denominator, string expected) =>
        Assert.Equal(expected, JsToFixed.TwoDigits((double)numerator / denominator));
}
