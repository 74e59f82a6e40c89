using Microsoft.AspNetCore.Http.HttpResults;
using OmniCharts.QueryApi.Auth;
using OmniCharts.QueryApi.Availability;
using OmniCharts.QueryApi.Reporting;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Charts;

/// <summary>
/// Answers one request in one round trip: the read model's state, the caller, the reporting settings and the buckets
/// the range can need (<see cref="BucketPrefetch"/>) go out in one batch; then the read model's availability (503),
/// the checks of spec §6 in their order, the zone, the plan, labels and division.
/// </summary>
public sealed class ChartDataQuery(
    IConnectionMultiplexer redis, LiveGeneration live, ReadModelGate gate, CallerAuthenticator authenticator,
    ReportingZones zones, BucketReader reader, ChartsSettings settings, TimeProvider clock)
{
    /// <summary>503, 401, 403, 400 or the chart, in that order of precedence.</summary>
    public async Task<Results<ChartDataResult, RocketChatErrorResult>> AnswerAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var keys = live.Keys;
        while (true)
        {
            var answer = await AnswerAsync(request, keys);
            if (answer.Switched is null)
                return answer.Result!;
            // A rebuild switched generations since the keys were chosen: once more, with the new live one's.
            keys = answer.Switched;
        }
    }

    private async Task<(Results<ChartDataResult, RocketChatErrorResult>? Result, RedisKeySchema? Switched)> AnswerAsync(HttpRequest request, RedisKeySchema keys)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var caller = authenticator.Queue(batch, request.Headers, keys);
        // Without both headers Rocket.Chat answers 401 whatever it holds, and nothing is read.
        if (caller.IsCompleted && caller.Result.Caller is null)
            return (RocketChatErrorResult.Unauthorized(), null);

        var state = ReadModelGate.Queue(batch, keys);
        // Validation is pure, so it runs first to let the bucket read join the batch; its 400 still waits for 401 and 403.
        var valid = ChartRequestValidator.Validate(request.QueryString.Value);
        var reporting = zones.Queue(batch, keys);
        var measure = valid.Request is { } r ? ChartNames.MeasureOf(r.ChartName) : null;
        var prefetched = valid.Request is { } q ? reader.Queue(batch, q.Scope, measure!, BucketPrefetch.WindowFor(q.Start, q.End), keys) : null;
        batch.Execute();
        await Task.WhenAll(caller, state, reporting, prefetched ?? Task.CompletedTask);

        var availability = gate.Check(await state, keys);
        if (availability.Availability == Availability.Availability.Unavailable)
            return (RocketChatErrorResult.Unavailable(availability.Reason!), null);
        if (availability.Availability == Availability.Availability.Switched)
            return (null, live.Keys);

        var check = await caller;
        if (check.Caller is null)
            return (RocketChatErrorResult.Unauthorized(), null);
        if (check.Status != CallerStatus.Allowed)
            return (RocketChatErrorResult.Forbidden(), null);
        if (valid.Request is not { } chart || prefetched is null)
            return (RocketChatErrorResult.InvalidParams(valid.Error ?? "invalid query"), null);

        var zone = zones.For(await reporting, check.Caller);
        var plan = RangePlanner.Plan(chart.Start, chart.End, zone);
        var sources = plan.Buckets.Select(b => b.Source).ToArray();
        // The window covers the plan in all but rare cases; then the plan's own cells are read.
        var totals = (await prefetched).TryCombine(sources)
            ?? (await reader.ReadAsync(chart.Scope, measure!, CellWindow.Covering(sources), keys)).Combine(sources);

        var labels = BucketLabels.For(plan, settings.HourlyLabels, zone, clock.GetUtcNow());
        return (new ChartDataResult(chart.ChartName, labels, totals.Select(t => ChartValues.Of(measure!, t)).ToList()), null);
    }
}
