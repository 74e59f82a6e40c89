using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// Month hashes of UTC-day buckets a reader has fetched, each kept with the month's version
/// (<see cref="Keys.RedisKeySchema.DayVersions"/>); likewise slot hashes of days and per-agent month hashes of those
/// months. Only settled months are kept (months that ended before the current UTC day): they rarely change, so a
/// long chart then reads their versions and the open months only. The overview's slot series also keeps the past
/// days of the open month, each under its day's version (<see cref="KeptSlotMonth"/>). A kept hash is used only when
/// the version read in the same round trip equals the one it was stored with, so the answers stay exact; any other is
/// read from Redis.
/// </summary>
/// <remarks>
/// Writers must raise versions for this to hold: deploy a Projector that does (every Projector since this
/// cache exists) before a QueryApi that reads with it.
/// </remarks>
public sealed class SettledMonthCache
{
    /// <summary>How a missing day is stored in a kept month: no value can be this.</summary>
    internal const long Absent = long.MinValue;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<RedisKey, KeptMonth> months = new();
    private long count, hits, misses, stale;

    /// <summary>A cache that keeps up to <paramref name="capacity"/> month hashes; 0 keeps none.</summary>
    public SettledMonthCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    /// <summary>A cache that keeps nothing: every month is read from Redis.</summary>
    public static SettledMonthCache Disabled { get; } = new(0);

    /// <summary>How many month hashes it keeps at most; when full, it starts over empty.</summary>
    public int Capacity { get; }

    /// <summary>Whether it keeps anything.</summary>
    public bool Enabled => Capacity > 0;

    /// <summary>Months answered from the cache.</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Settled months read from Redis because the cache did not hold them.</summary>
    public long Misses => Interlocked.Read(ref misses);

    /// <summary>Months the cache held at an older version, read again in a second round trip.</summary>
    public long Stale => Interlocked.Read(ref stale);

    /// <summary>Whether it holds <paramref name="key"/> at some version; a month it does not hold counts as a miss.</summary>
    internal bool Holds(RedisKey key)
    {
        if (months.ContainsKey(key))
            return true;
        Interlocked.Increment(ref misses);
        return false;
    }

    /// <summary>The kept contents of <paramref name="key"/> whatever their version, for contents that carry their own (<see cref="KeptSlotMonth"/>); not counted.</summary>
    internal T? Peek<T>(RedisKey key)
        where T : class =>
        months.TryGetValue(key, out var kept) ? kept.Content as T : null;

    /// <summary>Counts hashes a reader answered from kept contents it checked itself, read from Redis, or read again.</summary>
    internal void Tally(int hit, int missed, int wasStale)
    {
        Interlocked.Add(ref hits, hit);
        Interlocked.Add(ref misses, missed);
        Interlocked.Add(ref stale, wasStale);
    }

    /// <summary>The kept days of <paramref name="key"/> if it was stored at <paramref name="version"/>; else null.</summary>
    internal long[]? Get(RedisKey key, long version) => Get<long[]>(key, version);

    /// <summary>The kept contents of <paramref name="key"/> if they were stored at <paramref name="version"/>; else null.</summary>
    internal T? Get<T>(RedisKey key, long version)
        where T : class
    {
        if (months.TryGetValue(key, out var kept) && kept.Version == version && kept.Content is T content)
        {
            Interlocked.Increment(ref hits);
            return content;
        }

        Interlocked.Increment(ref stale);
        return null;
    }

    /// <summary>
    /// Keeps <paramref name="content"/> as <paramref name="key"/> at <paramref name="version"/>: a month's or a day's
    /// values (index 0 = field 01 or 00, <see cref="Absent"/> where no field), or a reader's parsed fields. Never
    /// changed once kept.
    /// </summary>
    internal void Store(RedisKey key, long version, object content)
    {
        if (!Enabled)
            return;
        if (Interlocked.Read(ref count) >= Capacity)
        {
            // Rare and bounded: settled months are few (scopes × metrics × months shown), so a full cache means a
            // capacity set too small; starting over keeps the memory bound without bookkeeping on every hit.
            months.Clear();
            Interlocked.Exchange(ref count, 0);
        }

        if (months.TryAdd(key, new KeptMonth(version, content)))
            Interlocked.Increment(ref count);
        else
            months[key] = new KeptMonth(version, content);
    }

    private sealed record KeptMonth(long Version, object Content);
}
