using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>Reads the buckets of one chart answer in a single round trip: every HMGET goes out in one batch.</summary>
public sealed class BucketReader(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    /// <summary>The totals of each of <paramref name="buckets"/>, in order.</summary>
    public async Task<IReadOnlyList<BucketTotals>> ReadAsync(SeriesScope scope, BucketMeasure measure, IReadOnlyList<BucketSource> buckets)
    {
        var plan = BucketReadPlan.Create(keys, scope, measure, buckets);
        if (plan.Reads.Count == 0)
            return plan.Combine([]);

        var batch = redis.GetDatabase().CreateBatch();
        var pending = plan.Reads.Select(read => batch.HashGetAsync(read.Key, [.. read.Fields])).ToList();
        batch.Execute();
        return plan.Combine(await Task.WhenAll(pending));
    }
}
