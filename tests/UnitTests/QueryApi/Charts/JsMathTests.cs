using FsCheck.Xunit;
using OmniCharts.QueryApi.Charts;

namespace OmniCharts.UnitTests.QueryApi.Charts;

public class JsMathTests
{
    [Theory]
    [InlineData(1.005, 1)]
    [InlineData(2.675, 2.68)]
    [InlineData(1.255, 1.25)]
    [InlineData(3.75, 3.75)]
    [InlineData(0.125, 0.13)]
    [InlineData(12.5, 12.5)]
    [InlineData(0, 0)]
    public void Rounding_to_cents_keeps_javascripts_float_artefacts(double value, double expected) =>
        Assert.Equal(expected, JsMath.RoundToCents(value));

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(1.5, 2)]
    [InlineData(2.5, 3)]
    [InlineData(2.4999999999999996, 2)]
    [InlineData(4503599627370495.5, 4503599627370496)]
    [InlineData(9007199254740991, 9007199254740991)]
    public void Ties_round_up(double value, double expected) =>
        Assert.Equal(expected, JsMath.Round(value));

    [Fact]
    public void The_largest_double_below_one_half_rounds_down_unlike_floor_of_x_plus_half()
    {
        const double x = 0.49999999999999994;

        Assert.Equal(1, Math.Floor(x + 0.5));
        Assert.Equal(0, JsMath.Round(x));
    }

    [Property]
    public bool Round_is_the_nearest_integer_with_ties_up(int whole, ushort thousandths)
    {
        var x = whole + thousandths % 1000 / 1000.0;
        var rounded = JsMath.Round(x);
        var distance = rounded - x;
        return rounded == Math.Floor(rounded) && distance > -0.5 && distance <= 0.5;
    }
}
