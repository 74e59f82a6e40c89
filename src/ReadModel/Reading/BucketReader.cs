using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>Reads bucket cells in a single round trip: every HMGET and HGETALL of a plan goes out in one batch.</summary>
public sealed class BucketReader(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    /// <summary>The totals of each of <paramref name="buckets"/>, in order.</summary>
    public async Task<IReadOnlyList<BucketTotals>> ReadAsync(SeriesScope scope, BucketMeasure measure, IReadOnlyList<BucketSource> buckets)
    {
        var cells = await ReadAsync(scope, measure, CellWindow.Covering(buckets));
        return cells.Combine(buckets);
    }

    /// <summary>The cells of <paramref name="window"/>, in their own round trip.</summary>
    public async Task<BucketCells> ReadAsync(SeriesScope scope, BucketMeasure measure, CellWindow window)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var cells = Queue(batch, scope, measure, window);
        batch.Execute();
        return await cells;
    }

    /// <summary>Adds the reads of <paramref name="window"/> to <paramref name="batch"/>, so they share its round trip.</summary>
    public Task<BucketCells> Queue(IBatch batch, SeriesScope scope, BucketMeasure measure, CellWindow window)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var plan = BucketReadPlan.Create(keys, scope, measure, window);
        var values = new Task<RedisValue[]>?[plan.Reads.Count];
        var entries = new Task<HashEntry[]>?[plan.Reads.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var (key, fields) = plan.Reads[i];
            if (fields is null)
                entries[i] = batch.HashGetAllAsync(key);
            else
                values[i] = batch.HashGetAsync(key, fields);
        }

        return ParseAsync(plan, values, entries);
    }

    private static async Task<BucketCells> ParseAsync(BucketReadPlan plan, Task<RedisValue[]>?[] values, Task<HashEntry[]>?[] entries)
    {
        var cells = plan.CreateCells();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } pending)
            {
                plan.StoreValues(cells, i, await pending.ConfigureAwait(false));
                continue;
            }

            foreach (var entry in await entries[i]!.ConfigureAwait(false))
                plan.StoreField(cells, i, entry.Name, entry.Value);
        }

        return cells;
    }
}
