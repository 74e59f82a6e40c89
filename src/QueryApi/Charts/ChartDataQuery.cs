using Microsoft.AspNetCore.Http.HttpResults;
using OmniCharts.QueryApi.Pipeline;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Charts;

/// <summary>
/// Answers one request in one round trip: the read model's state, the caller, the reporting settings (<see cref="RequestPipeline"/>) and the
/// buckets the range can need (<see cref="BucketPrefetch"/>) go out in one batch; then the read model's availability
/// (503), the checks of spec §6 in their order, the zone, the plan, labels and division.
/// </summary>
public sealed class ChartDataQuery(RequestPipeline pipeline, BucketReader reader, ChartsSettings settings, TimeProvider clock)
{
    /// <summary>503, 401, 403, 400 or the chart, in that order of precedence.</summary>
    public async Task<Results<ChartDataResult, RocketChatErrorResult>> AnswerAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Validation is pure, so it runs first to let the bucket read join the batch; its 400 still waits for 401 and 403.
        var valid = ChartRequestValidator.Validate(request.QueryString.Value);
        var measure = valid.Request is { } r ? ChartNames.MeasureOf(r.ChartName) : null;
        Task<BucketCells>? prefetched = null;
        var outcome = await pipeline.RunAsync(request, (batch, keys) =>
            prefetched = valid.Request is { } q ? reader.Queue(batch, q.Scope, measure!, BucketPrefetch.WindowFor(q.Start, q.End), keys) : null);
        if (outcome.Rejection is { } rejection)
            return rejection;
        if (valid.Request is not { } chart || prefetched is null)
            return RocketChatErrorResult.InvalidParams(valid.Error ?? "invalid query");

        var zone = outcome.Zone;
        var plan = RangePlanner.Plan(chart.Start, chart.End, zone);
        var sources = plan.Buckets.Select(b => b.Source).ToArray();
        // The window covers the plan in all but rare cases; then the plan's own cells are read.
        var totals = (await prefetched).TryCombine(sources)
            ?? (await reader.ReadAsync(chart.Scope, measure!, CellWindow.Covering(sources), outcome.Keys)).Combine(sources);

        var labels = BucketLabels.For(plan, settings.HourlyLabels, zone, clock.GetUtcNow());
        return new ChartDataResult(chart.ChartName, labels, totals.Select(t => ChartValues.Of(measure!, t)).ToList());
    }
}
