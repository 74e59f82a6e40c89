using Microsoft.AspNetCore.Http.HttpResults;
using OmniCharts.QueryApi.Charts;
using OmniCharts.QueryApi.Overview.Agents;
using OmniCharts.QueryApi.Overview.Kept;
using OmniCharts.QueryApi.Overview.Requests;
using OmniCharts.QueryApi.Pipeline;
using OmniCharts.ReadModel.Reading.Agents;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Overview;

/// <summary>
/// <c>GET …/analytics/agent-overview</c>: the agents table from the per-agent buckets (month hashes of day fields, and
/// the slot fields of both ends' partial days), in one round trip when the range fits the prefetch; from
/// <see cref="KeptAnswers"/> when its months have not changed since the table was computed.
/// </summary>
public sealed class AgentOverviewQuery(IConnectionMultiplexer redis, RequestPipeline pipeline, AgentBucketReader reader, KeptAnswers answers)
{
    /// <summary>503, 401, 403, 400, an empty success, or the table, in that order of precedence.</summary>
    public async Task<Results<OverviewResult, RocketChatErrorResult>> AnswerAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var valid = OverviewRequestValidator.Validate(request.QueryString.Value, OverviewEndpoint.AgentOverview);
        var variant = valid.Request is { } r ? AgentVariants.ByName[r.Name] : null;
        var lookup = KeptAnswerLookup.For(answers, redis, OverviewEndpoint.AgentOverview, valid.Request);
        Task<AgentCells>? prefetched = null;
        Task<IReadOnlyCollection<DateOnly>>? months = null;
        var outcome = await pipeline.RunAsync(request, (batch, keys) =>
        {
            (prefetched, months) = (null, null);
            return lookup.Queue(batch, keys, bucketBatch =>
            {
                if (valid.Request is not { } q || !OverviewPrefetch.CanHoldRooms(q.From, q.To))
                    return null;
                if (!OverviewPrefetch.Applies(q.From, q.To))
                    return months = DataMonths.Queue(bucketBatch, q.Scope, keys);
                return prefetched = reader.Queue(bucketBatch, q.Scope, variant!.Family,
                    OverviewPrefetch.AgentMonths(q.From, q.To), OverviewPrefetch.AgentSlotDays(q.From, q.To), keys);
            });
        });
        if (outcome.Rejection is { } rejection)
            return rejection;
        if (valid.Answer is { } answer)
            return answer;

        var query = valid.Request!;
        var range = LocalRange.Of(query.From, query.To, outcome.Zone);
        return new OverviewResult(await lookup.AnswerAsync(range, outcome.Zone, outcome.Keys, async () =>
        {
            var cells = range.Cells(months is null ? null : await months);
            var agents = (prefetched is null ? null : (await prefetched).TryCombine(cells))
                ?? (await reader.ReadAsync(query.Scope, variant!.Family, cells.Days, cells.Runs.Select(run => run.Day), outcome.Keys)).TryCombine(cells)!;
            return AgentTable.Body(variant!, agents);
        }));
    }
}
