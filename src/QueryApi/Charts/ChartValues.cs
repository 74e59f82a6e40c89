using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Charts;

/// <summary>Turns bucket totals (counts, integer ms) into the chart's numbers (counts, seconds rounded to cents).</summary>
public static class ChartValues
{
    /// <summary>The <c>dataPoints</c> entry of one bucket; an empty bucket gives 0.</summary>
    public static double Of(BucketMeasure measure, BucketTotals totals) => measure.Kind switch
    {
        MeasureKind.Total => totals.Total,
        MeasureKind.Mean => totals.Count == 0 ? 0 : JsMath.RoundToCents(totals.Total / 1000.0 / totals.Count),
        _ => totals.Minimum is { } min ? JsMath.RoundToCents(min / 1000.0) : 0,
    };
}
