using OmniCharts.Reference.ChartsData.Metrics;

namespace OmniCharts.UnitTests.Reference;

public class JsMathTests
{
    [Theory]
    [InlineData(1.005, 1)]
    [InlineData(2.675, 2.68)]
    [InlineData(0.125, 0.13)]
    [InlineData(12.5, 12.5)]
    [InlineData(0.49999999999999994, 0.5)]
    [InlineData(0.004999, 0)]
    public void Rounding_to_cents_behaves_like_javascript(double value, double expected) =>
        Assert.Equal(expected, JsMath.RoundToCents(value));
}
