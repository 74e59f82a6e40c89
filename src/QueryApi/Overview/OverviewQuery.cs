using Microsoft.AspNetCore.Http.HttpResults;
using OmniCharts.QueryApi.Charts;
using OmniCharts.QueryApi.Overview.Conversations;
using OmniCharts.QueryApi.Overview.Kept;
using OmniCharts.QueryApi.Overview.Productivity;
using OmniCharts.QueryApi.Overview.Requests;
using OmniCharts.QueryApi.Pipeline;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Overview;

/// <summary>
/// <c>GET …/analytics/overview</c>: the Conversations and Productivity cards from bucket sums. One round trip when the
/// range fits the prefetch (<see cref="OverviewPrefetch"/>); its cost grows with the days of the range (settled
/// months come from the QueryApi's memory), never with its rooms. An answer whose months have not changed since it was
/// computed comes from <see cref="KeptAnswers"/>.
/// </summary>
public sealed class OverviewQuery(
    IConnectionMultiplexer redis, RequestPipeline pipeline, BucketReader reader, SlotSeriesReader seriesReader, KeptAnswers answers)
{
    /// <summary>503, 401, 403, 400, an empty success, or the cards, in that order of precedence.</summary>
    public async Task<Results<OverviewResult, RocketChatErrorResult>> AnswerAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var valid = OverviewRequestValidator.Validate(request.QueryString.Value, OverviewEndpoint.Overview);
        var conversations = valid.Request?.Name == OverviewNames.Conversations;
        var lookup = KeptAnswerLookup.For(answers, redis, OverviewEndpoint.Overview, valid.Request);
        Reads? read = null;
        // Made again for each generation the pipeline reads (a rebuild may switch in between).
        var outcome = await pipeline.RunAsync(request, (batch, keys) =>
        {
            read = valid.Request is { } r ? new Reads(redis, reader, seriesReader, r, conversations, keys) : null;
            return lookup.Queue(batch, keys, bucketBatch => read?.Queue(bucketBatch));
        });
        if (outcome.Rejection is { } rejection)
            return rejection;
        if (valid.Answer is { } answer)
            return answer;

        var query = valid.Request!;
        var range = LocalRange.Of(query.From, query.To, outcome.Zone);
        return new OverviewResult(await lookup.AnswerAsync(range, outcome.Zone, outcome.Keys, () => BodyAsync(read!, range, conversations, outcome.Zone)));
    }

    private static async Task<byte[]> BodyAsync(Reads read, LocalRange range, bool conversations, TimeZoneInfo zone)
    {
        var months = read.Months is { } known ? await known : null;
        var cells = range.Cells(months);
        if (!conversations)
            return ProductivityCards.Body(OverviewMeasures.ProductivitySums(await read.Totals.SumEachAsync(cells)));

        var totals = read.Totals.SumEachAsync(cells);
        var heldAtEnd = range.IsEmpty ? Task.FromResult(new long[1]) : read.HeldAtSlotEnd.SumEachAsync(BucketSource.OfRun(new(range.LastSlot.Day, range.LastSlot.Index, range.LastSlot.Index)));
        var weights = range.IsEmpty ? Task.FromResult<SlotSeries?>(null) : read.WeightsAsync(range, months);
        var (sums, held) = (await totals, await heldAtEnd);
        var local = await weights is { } series ? LocalWeights.Of(series, range.FirstSlot, range.LastSlot, zone) : new LocalWeights();
        // On_Hold counts ts < to: the held rooms of the range's last millisecond are left out.
        return ConversationsCards.Body(range, sums[0], sums[1], sums[2] - held[0], local.Total, local.Busiest());
    }

    /// <summary>What one request reads: sums for the cards and, for Conversations, the last-millisecond holds and the weights.</summary>
    private sealed class Reads(IConnectionMultiplexer redis, BucketReader reader, SlotSeriesReader seriesReader, OverviewRequest request, bool conversations, RedisKeySchema keys)
    {
        private Task<SlotSeries>? weights;

        public RangeCells Totals { get; } = new(redis, reader, request.Scope, conversations ? OverviewMeasures.Conversations : OverviewMeasures.Productivity, keys);

        public RangeCells HeldAtSlotEnd { get; } = new(redis, reader, request.Scope, OverviewMeasures.HeldAtSlotEnd, keys);

        /// <summary>The months with data, read for a range too long to prefetch; null otherwise.</summary>
        public Task<IReadOnlyCollection<DateOnly>>? Months { get; private set; }

        public Task Queue(IBatch batch)
        {
            var (from, to) = (request.From, request.To);
            if (!OverviewPrefetch.CanHoldRooms(from, to))
                return Task.CompletedTask;
            if (!OverviewPrefetch.Applies(from, to))
                return Months = DataMonths.Queue(batch, request.Scope, keys);
            var reads = OverviewPrefetch.Totals(from, to).Select(w => Totals.Queue(batch, w)).ToList();
            if (conversations)
            {
                reads.Add(HeldAtSlotEnd.Queue(batch, OverviewPrefetch.LastSlots(to)));
                reads.Add(weights = seriesReader.Queue(batch, request.Scope, Metric.OverviewMessages, OverviewPrefetch.SlotDays(from, to), keys));
            }

            return Task.WhenAll(reads);
        }

        /// <summary>The weights of every day of <paramref name="range"/> (of <paramref name="months"/> when given): the prefetched series when it holds them, else read now.</summary>
        public async Task<SlotSeries?> WeightsAsync(LocalRange range, IReadOnlyCollection<DateOnly>? months)
        {
            // A prefetch is only made for ranges short enough to list every day (months is null then).
            if (weights is not null && await weights is var prefetched && months is null && prefetched.HoldsAll(range.FirstSlot.Day, range.LastSlot.Day))
                return prefetched;
            return await seriesReader.ReadAsync(request.Scope, Metric.OverviewMessages, [.. RangeDays(range, months)], keys);
        }

        private static IEnumerable<DateOnly> RangeDays(LocalRange range, IReadOnlyCollection<DateOnly>? months)
        {
            var (first, last) = (range.FirstSlot.Day, range.LastSlot.Day);
            foreach (var month in months?.Order() ?? OverviewPrefetch.Months(first, last).AsEnumerable())
            {
                for (var day = month < first ? first : month; day <= last && day < month.AddMonths(1); day = day.AddDays(1))
                    yield return day;
            }
        }
    }
}
