using OmniCharts.QueryApi.Charts;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.UnitTests.QueryApi.Charts;

public class ChartValuesTests
{
    [Fact]
    public void Totals_are_counts() =>
        Assert.Equal(7, ChartValues.Of(BucketMeasure.Messages, new BucketTotals(7, 0, null)));

    [Fact]
    public void Means_divide_seconds_and_round_to_cents() =>
        Assert.Equal(3.33, ChartValues.Of(BucketMeasure.FirstResponse, new BucketTotals(10_000, 3, null)));

    [Fact]
    public void Means_of_float_artefacts_round_like_javascript() =>
        Assert.Equal(1, ChartValues.Of(BucketMeasure.Reaction, new BucketTotals(2_010, 2, null)));

    [Fact]
    public void Minimums_are_seconds_rounded_to_cents() =>
        Assert.Equal(2.68, ChartValues.Of(BucketMeasure.BestFirstResponse, new BucketTotals(0, 0, 2_675)));

    [Fact]
    public void Empty_buckets_are_zero()
    {
        Assert.Equal(0, ChartValues.Of(BucketMeasure.ChatDuration, default));
        Assert.Equal(0, ChartValues.Of(BucketMeasure.BestFirstResponse, default));
    }
}
