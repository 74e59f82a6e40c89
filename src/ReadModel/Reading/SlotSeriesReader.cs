using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// Reads whole slot hashes of one metric, a day each, in the caller's batch; the days of settled months come from the
/// <see cref="SettledMonthCache"/> (their month versions are read first, a moved one is read again in a second round
/// trip), so a 365-day series reads the open month only and allocates nothing for the rest.
/// </summary>
public sealed class SlotSeriesReader(IConnectionMultiplexer redis, RedisKeySchema layout, SettledMonthCache cache, TimeProvider clock)
{
    /// <summary>Adds the reads of <paramref name="days"/>' slot hashes of <paramref name="metric"/> to <paramref name="batch"/>, from <paramref name="generation"/> (the layout's first by default).</summary>
    public Task<SlotSeries> Queue(IBatch batch, SeriesScope scope, string metric, IReadOnlyCollection<DateOnly> days, RedisKeySchema? generation = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(days);
        var keys = generation ?? layout;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var reads = days.Select(day => new DayRead(day, keys.SlotTotals(scope, metric, day), cache.Enabled && Month(day).AddMonths(1) <= today)).ToList();
        var months = reads.Where(r => r.Settled).Select(r => Month(r.Day)).Distinct().ToList();
        // The versions go first: contents read after a version are at least that new, so keeping them under it is safe.
        var versions = months.Count == 0 ? null : batch.HashGetAsync(keys.DayVersions(scope), [.. months.Select(RedisKeySchema.MonthField)]);
        var entries = reads.Select(r => r.Settled && cache.Holds(r.Key) ? null : batch.HashGetAllAsync(r.Key)).ToList();
        return ParseAsync(keys.DayVersions(scope), reads, months, versions, entries);
    }

    /// <summary>The same reads in their own round trip.</summary>
    public async Task<SlotSeries> ReadAsync(SeriesScope scope, string metric, IReadOnlyCollection<DateOnly> days, RedisKeySchema? generation = null)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var series = Queue(batch, scope, metric, days, generation);
        batch.Execute();
        return await series.ConfigureAwait(false);
    }

    private async Task<SlotSeries> ParseAsync(RedisKey dayVersions, List<DayRead> reads, List<DateOnly> months, Task<RedisValue[]>? versions, List<Task<HashEntry[]>?> entries)
    {
        var monthVersions = new Dictionary<DateOnly, long>();
        if (versions is not null)
        {
            var values = await versions.ConfigureAwait(false);
            for (var m = 0; m < months.Count; m++)
                monthVersions[months[m]] = values[m].IsNull ? 0 : (long)values[m];
        }

        var days = new Dictionary<DateOnly, long[]>(reads.Count);
        List<DayRead>? moved = null;
        for (var i = 0; i < reads.Count; i++)
        {
            var read = reads[i];
            if (entries[i] is { } answer)
            {
                days[read.Day] = Keep(read, Slots(await answer.ConfigureAwait(false)), monthVersions);
            }
            else if (cache.Get(read.Key, monthVersions[Month(read.Day)]) is { } kept)
            {
                days[read.Day] = kept;
            }
            else
            {
                (moved ??= []).Add(read);
            }
        }

        if (moved is not null)
            await ReadAgainAsync(dayVersions, moved, days).ConfigureAwait(false);
        return new SlotSeries(days);
    }

    /// <summary>Reads the kept days whose month's version moved, with the new versions first, in a second round trip.</summary>
    private async Task ReadAgainAsync(RedisKey dayVersions, List<DayRead> moved, Dictionary<DateOnly, long[]> days)
    {
        var months = moved.Select(r => Month(r.Day)).Distinct().ToList();
        var batch = redis.GetDatabase().CreateBatch();
        var versions = batch.HashGetAsync(dayVersions, [.. months.Select(RedisKeySchema.MonthField)]);
        var entries = moved.Select(r => batch.HashGetAllAsync(r.Key)).ToList();
        batch.Execute();
        var values = await versions.ConfigureAwait(false);
        var monthVersions = months.Select((m, i) => (m, values[i].IsNull ? 0L : (long)values[i])).ToDictionary();
        for (var i = 0; i < moved.Count; i++)
            days[moved[i].Day] = Keep(moved[i], Slots(await entries[i].ConfigureAwait(false)), monthVersions);
    }

    private long[] Keep(DayRead read, long[] slots, Dictionary<DateOnly, long> monthVersions)
    {
        if (read.Settled)
            cache.Store(read.Key, monthVersions[Month(read.Day)], slots);
        return slots;
    }

    private static long[] Slots(HashEntry[] entries)
    {
        var slots = new long[UtcSlot.PerDay];
        Array.Fill(slots, SettledMonthCache.Absent);
        foreach (var entry in entries)
            slots[(int)entry.Name] = (long)entry.Value;
        return slots;
    }

    private static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>One day to read: its slot hash and whether its month is settled (kept in the cache).</summary>
    private sealed record DayRead(DateOnly Day, RedisKey Key, bool Settled);
}
