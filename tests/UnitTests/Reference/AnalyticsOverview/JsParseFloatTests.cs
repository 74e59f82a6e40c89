using OmniCharts.Reference.AnalyticsOverview.Formatting;

namespace OmniCharts.UnitTests.Reference.AnalyticsOverview;

// Expected numbers were printed by Node 20's parseFloat for the same text.
public class JsParseFloatTests
{
    [Theory]
    [InlineData("28.57%", 28.57)]
    [InlineData("01:59:59", 1)]
    [InlineData("00:59:59", 0)]
    [InlineData("100:00:00", 100)]
    [InlineData("42", 42)]
    [InlineData(" 12", 12)]
    [InlineData("\u00a012", 12)]
    [InlineData(".5", 0.5)]
    [InlineData("1.", 1)]
    [InlineData("1e", 1)]
    [InlineData("1e5x", 100000)]
    [InlineData("1.e5", 100000)]
    [InlineData("+3", 3)]
    [InlineData("0x10", 0)]
    [InlineData("1_000", 1)]
    public void Reads_the_longest_decimal_prefix(string text, double expected) =>
        Assert.Equal(expected, JsParseFloat.Parse(text));

    [Theory]
    [InlineData("NaN:NaN:NaN")]
    [InlineData("NaN")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("\u0085 12")]
    public void Text_without_a_decimal_prefix_is_NaN(string text) => Assert.True(double.IsNaN(JsParseFloat.Parse(text)));

    [Fact]
    public void Infinity_is_a_literal_and_minus_zero_keeps_its_sign()
    {
        Assert.Equal(double.PositiveInfinity, JsParseFloat.Parse("Infinity%"));
        Assert.Equal(double.NegativeInfinity, JsParseFloat.Parse("-Infinity"));
        Assert.True(double.IsNegative(JsParseFloat.Parse("-0")));
    }
}
