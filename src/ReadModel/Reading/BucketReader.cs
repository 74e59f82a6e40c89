using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// Reads bucket cells in a single round trip: every HMGET and HGETALL of a plan goes out in one batch. With a
/// <see cref="SettledMonthCache"/>, settled months it holds are not fetched: their versions are, and a month whose
/// version moved is read again in a second round trip.
/// </summary>
public sealed class BucketReader(IConnectionMultiplexer redis, RedisKeySchema keys, SettledMonthCache cache, TimeProvider clock)
{
    /// <summary>A reader without a cache: every cell is read from Redis.</summary>
    public BucketReader(IConnectionMultiplexer redis, RedisKeySchema keys)
        : this(redis, keys, SettledMonthCache.Disabled, TimeProvider.System)
    {
    }

    /// <summary>The totals of each of <paramref name="buckets"/>, in order.</summary>
    public async Task<IReadOnlyList<BucketTotals>> ReadAsync(SeriesScope scope, BucketMeasure measure, IReadOnlyList<BucketSource> buckets)
    {
        var cells = await ReadAsync(scope, measure, CellWindow.Covering(buckets));
        return cells.Combine(buckets);
    }

    /// <summary>The cells of <paramref name="window"/>, in their own round trip, from <paramref name="generation"/>'s keys (the reader's by default).</summary>
    public async Task<BucketCells> ReadAsync(SeriesScope scope, BucketMeasure measure, CellWindow window, RedisKeySchema? generation = null)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var cells = Queue(batch, scope, measure, window, generation);
        batch.Execute();
        return await cells;
    }

    /// <summary>Adds the reads of <paramref name="window"/> to <paramref name="batch"/>, so they share its round trip.</summary>
    public Task<BucketCells> Queue(IBatch batch, SeriesScope scope, BucketMeasure measure, CellWindow window, RedisKeySchema? generation = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var read = generation ?? keys;
        DateOnly? settledBefore = cache.Enabled ? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) : null;
        var plan = BucketReadPlan.Create(read, scope, measure, window, settledBefore);
        var months = new MonthRead(plan, read.DayVersions(scope));
        // The versions go first: contents read after a version are at least that new, so keeping them under it is safe.
        var versions = months.QueueVersions(batch);
        var pending = new Task?[plan.Reads.Count];
        for (var i = 0; i < pending.Length; i++)
        {
            var (key, fields) = plan.Reads[i];
            if (plan.SettledMonthOf(i) >= 0 && cache.Holds(key))
                continue;
            pending[i] = fields is null ? batch.HashGetAllAsync(key) : batch.HashGetAsync(key, fields);
        }

        return ParseAsync(months, versions, pending);
    }

    private async Task<BucketCells> ParseAsync(MonthRead read, Task<RedisValue[]>? versions, Task?[] pending)
    {
        await BatchReplies.AllAsync(pending, versions).ConfigureAwait(false);
        var plan = read.Plan;
        var cells = plan.CreateCells();
        var monthVersions = await MonthVersions.ReadAsync(versions).ConfigureAwait(false);
        List<int>? moved = null;
        for (var i = 0; i < pending.Length; i++)
        {
            switch (pending[i])
            {
                case null when cache.Get(plan.Reads[i].Key, monthVersions[plan.SettledMonthOf(i)]) is { } days:
                    plan.StoreMonth(cells, i, days);
                    break;
                case null:
                    (moved ??= []).Add(i);
                    break;
                case Task<RedisValue[]> values:
                    plan.StoreValues(cells, i, await values.ConfigureAwait(false));
                    break;
                case Task<HashEntry[]> entries:
                    StoreEntries(plan, cells, i, await entries.ConfigureAwait(false), monthVersions);
                    break;
            }
        }

        if (moved is not null)
            await ReadAgainAsync(read, cells, moved).ConfigureAwait(false);
        return cells;
    }

    /// <summary>Reads the kept months whose version moved, with their new versions first, in a second round trip.</summary>
    private async Task ReadAgainAsync(MonthRead read, BucketCells cells, List<int> moved)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var versions = read.QueueVersions(batch)!;
        var entries = moved.Select(i => batch.HashGetAllAsync(read.Plan.Reads[i].Key)).ToArray();
        batch.Execute();
        await BatchReplies.AllAsync(entries, versions).ConfigureAwait(false);
        var monthVersions = await MonthVersions.ReadAsync(versions).ConfigureAwait(false);
        for (var j = 0; j < moved.Count; j++)
            StoreEntries(read.Plan, cells, moved[j], await entries[j].ConfigureAwait(false), monthVersions);
    }

    private void StoreEntries(BucketReadPlan plan, BucketCells cells, int read, HashEntry[] entries, long[] monthVersions)
    {
        var month = plan.SettledMonthOf(read);
        var kept = month >= 0 && cache.Enabled ? NewKept(plan.KeptLength(read)) : null;
        var fieldBase = plan.FieldBase(read);
        foreach (var entry in entries)
        {
            plan.StoreField(cells, read, entry.Name, entry.Value);
            if (kept is not null)
                kept[(int)entry.Name - fieldBase] = (long)entry.Value;
        }

        if (kept is not null)
            cache.Store(plan.Reads[read].Key, monthVersions[month], kept);
    }

    private static long[] NewKept(int length)
    {
        var kept = new long[length];
        Array.Fill(kept, SettledMonthCache.Absent);
        return kept;
    }

    /// <summary>A plan and the hash that holds the versions of its scope's months.</summary>
    private sealed record MonthRead(BucketReadPlan Plan, RedisKey VersionsKey)
    {
        public Task<RedisValue[]>? QueueVersions(IBatch batch) => MonthVersions.Queue(batch, VersionsKey, Plan.SettledMonths);
    }
}
