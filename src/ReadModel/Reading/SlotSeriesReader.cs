using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// Reads whole slot hashes of one metric, a day each, in the caller's batch. With a <see cref="SettledMonthCache"/>,
/// the days read are kept per month (<see cref="KeptSlotMonth"/>), each under the token of the version that vouches
/// for it: a day of a settled month under its month's version (<see cref="RedisKeySchema.DayVersions"/>), a day of the
/// month still open under its own (<see cref="RedisKeySchema.SlotVersions"/>), and yesterday and today, whose
/// versions move all the time, not at all. The versions are read first and a kept day whose version moved is read again
/// in a second round trip, so a 365-day series reads a few versions and two days' hashes and allocates little else.
/// </summary>
public sealed class SlotSeriesReader(IConnectionMultiplexer redis, RedisKeySchema layout, SettledMonthCache cache, TimeProvider clock)
{
    /// <summary>Adds the reads of <paramref name="days"/>' slot hashes of <paramref name="metric"/> to <paramref name="batch"/>, from <paramref name="generation"/> (the layout's first by default).</summary>
    public Task<SlotSeries> Queue(IBatch batch, SeriesScope scope, string metric, IReadOnlyCollection<DateOnly> days, RedisKeySchema? generation = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(days);
        var keys = generation ?? layout;
        var today = cache.Enabled ? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) : (DateOnly?)null;
        var months = new List<SlotMonthRead>();
        foreach (var (month, monthDays) in MonthsOf(days))
            months.Add(new SlotMonthRead(keys, scope, metric, month, monthDays, today));
        foreach (var month in months)
            month.Kept = month.Kind == Guard.None ? null : cache.Peek<KeptSlotMonth>(month.CacheName);
        // The versions go first: contents read after a version are at least that new, so keeping them under it is safe.
        var versions = QueueVersions(batch, keys.DayVersions(scope), months);
        foreach (var month in months)
            month.QueueContents(batch);
        return ParseAsync(keys.DayVersions(scope), months, versions);
    }

    /// <summary>The same reads in their own round trip.</summary>
    public async Task<SlotSeries> ReadAsync(SeriesScope scope, string metric, IReadOnlyCollection<DateOnly> days, RedisKeySchema? generation = null)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var series = Queue(batch, scope, metric, days, generation);
        batch.Execute();
        return await series.ConfigureAwait(false);
    }

    // One HMGET of the settled months' versions, and one per open month of its days' versions.
    private static Task<RedisValue[]>? QueueVersions(IBatch batch, RedisKey dayVersions, List<SlotMonthRead> months)
    {
        foreach (var month in months)
            month.QueueDayVersions(batch);
        return MonthVersions.Queue(batch, dayVersions, [.. months.Where(m => m.Kind == Guard.Month).Select(m => m.Month)]);
    }

    private async Task<SlotSeries> ParseAsync(RedisKey dayVersions, List<SlotMonthRead> months, Task<RedisValue[]>? monthVersions)
    {
        await BatchReplies.AllAsync(Replies(months), monthVersions).ConfigureAwait(false);
        await SetMonthTokensAsync(months, monthVersions).ConfigureAwait(false);
        var series = months.Count == 0 ? new SlotSeries(DateOnly.MinValue, DateOnly.MinValue) : new SlotSeries(months.Min(m => m.FirstDay), months.Max(m => m.LastDay));
        List<SlotMonthRead>? moved = null;
        var (hits, reads) = (0, 0);
        foreach (var month in months)
        {
            var counts = await month.TakeAsync(series).ConfigureAwait(false);
            (hits, reads) = (hits + counts.Hits, reads + counts.Reads);
            if (month.Moved.Count > 0)
                (moved ??= []).Add(month);
        }

        if (moved is not null)
            await ReadAgainAsync(dayVersions, moved, series).ConfigureAwait(false);
        foreach (var month in months)
            month.Keep(cache);
        cache.Tally(hits, reads, moved?.Sum(m => m.Moved.Count) ?? 0);
        return series;
    }

    /// <summary>Reads the kept days whose version moved, with their versions first, in a second round trip.</summary>
    private async Task ReadAgainAsync(RedisKey dayVersions, List<SlotMonthRead> moved, SlotSeries series)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var monthVersions = QueueVersions(batch, dayVersions, moved);
        foreach (var month in moved)
            month.QueueMoved(batch);
        batch.Execute();
        await BatchReplies.AllAsync(Replies(moved), monthVersions).ConfigureAwait(false);
        await SetMonthTokensAsync(moved, monthVersions).ConfigureAwait(false);
        foreach (var month in moved)
            await month.TakeMovedAsync(series).ConfigureAwait(false);
    }

    private static async Task SetMonthTokensAsync(List<SlotMonthRead> months, Task<RedisValue[]>? monthVersions)
    {
        var versions = await MonthVersions.ReadAsync(monthVersions).ConfigureAwait(false);
        var settled = months.Where(m => m.Kind == Guard.Month).ToList();
        for (var i = 0; i < settled.Count; i++)
            settled[i].MonthToken = versions[i];
    }

    private static List<Task?> Replies(List<SlotMonthRead> months)
    {
        var replies = new List<Task?>();
        foreach (var month in months)
            month.AddReplies(replies);
        return replies;
    }

    // Consecutive days of one month together, in the order given.
    private static IEnumerable<(DateOnly Month, List<DateOnly> Days)> MonthsOf(IEnumerable<DateOnly> days)
    {
        (DateOnly Month, List<DateOnly> Days)? current = null;
        foreach (var day in days)
        {
            var month = new DateOnly(day.Year, day.Month, 1);
            if (current is { } c && c.Month == month)
            {
                c.Days.Add(day);
                continue;
            }

            if (current is { } done)
                yield return done;
            // A month has at most 31 days: one list of that size, never grown.
            current = (month, new List<DateOnly>(31) { day });
        }

        if (current is { } last)
            yield return last;
    }

    /// <summary>What vouches for a kept day of a month.</summary>
    internal enum Guard
    {
        /// <summary>Nothing: no cache.</summary>
        None,

        /// <summary>The month's version: the month ended before today.</summary>
        Month,

        /// <summary>Each day's own version; yesterday and today are never kept.</summary>
        Day,
    }
}
