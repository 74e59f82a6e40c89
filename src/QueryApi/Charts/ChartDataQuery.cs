using OmniCharts.QueryApi.Auth;
using OmniCharts.QueryApi.Reporting;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Charts;

/// <summary>Answers a valid request: zone, plan, one read of the buckets, labels, division.</summary>
public sealed class ChartDataQuery(ReportingZones zones, BucketReader reader, ChartsSettings settings, TimeProvider clock)
{
    /// <summary>The chart for <paramref name="caller"/>.</summary>
    public async Task<ChartDataResult> AnswerAsync(ChartRequest request, Caller caller)
    {
        var zone = await zones.ForAsync(caller);
        var plan = RangePlanner.Plan(request.Start, request.End, zone);
        var measure = ChartNames.MeasureOf(request.ChartName);
        var totals = await reader.ReadAsync(request.Scope, measure, plan.Buckets.Select(b => b.Source).ToList());
        var labels = BucketLabels.For(plan, settings.HourlyLabels, zone, clock.GetUtcNow());
        return new ChartDataResult(request.ChartName, labels, totals.Select(t => ChartValues.Of(measure, t)).ToList());
    }
}
