using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;
using Guard = OmniCharts.ReadModel.Reading.SlotSeriesReader.Guard;

namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// One month's share of a <see cref="SlotSeriesReader"/> read: which of its days are read from Redis and which come
/// from the kept copy, the versions that vouch for them, and the days read again because their version moved.
/// </summary>
internal sealed class SlotMonthRead
{
    private readonly RedisKeySchema keys;
    private readonly SeriesScope scope;
    private readonly string metric;
    private readonly List<DateOnly> days;
    private readonly DateOnly? today;
    private readonly long?[]? dayTokens;
    private readonly List<(int Day, DaySlots Slots, long Token)> fresh = [];
    private Task<RedisValue[]>? dayVersions;
    private List<DateOnly> versioned = [];
    private Task<HashEntry[]>?[]? contents;

    public SlotMonthRead(RedisKeySchema keys, SeriesScope scope, string metric, DateOnly month, List<DateOnly> days, DateOnly? today)
    {
        (this.keys, this.scope, this.metric, this.days, this.today, Month) = (keys, scope, metric, days, today, month);
        Kind = today is not { } now ? Guard.None : MonthVersions.Settled(month, now) ? Guard.Month : Guard.Day;
        dayTokens = Kind == Guard.Day ? new long?[31] : null;
        CacheName = Kind == Guard.None ? default : keys.SlotMonthCacheName(scope, metric, month);
    }

    /// <summary>The first of the month's days read.</summary>
    public DateOnly FirstDay => days[0];

    /// <summary>The last of the month's days read.</summary>
    public DateOnly LastDay => days[^1];

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; }

    /// <summary>What vouches for a kept day.</summary>
    public Guard Kind { get; }

    /// <summary>The month's name in the cache.</summary>
    public RedisKey CacheName { get; }

    /// <summary>The kept copy found before the read, or null.</summary>
    public KeptSlotMonth? Kept { get; set; }

    /// <summary>The month's version as a token, once read (<see cref="Guard.Month"/> only).</summary>
    public long MonthToken { get; set; }

    /// <summary>The kept days whose version moved: to read again.</summary>
    public List<DateOnly> Moved { get; } = [];

    /// <summary>Adds the read of the versions of the days that can be kept (<see cref="Guard.Day"/> only).</summary>
    public void QueueDayVersions(IBatch batch)
    {
        versioned = Kind == Guard.Day ? [.. (Moved.Count > 0 ? Moved : days).Where(d => !Changing(d))] : [];
        dayVersions = versioned.Count == 0 ? null
            : batch.HashGetAsync(keys.SlotVersions(scope, Month), [.. versioned.Select(RedisKeySchema.DayField)]);
    }

    /// <summary>Adds the replies queued last, the day versions and the contents, to <paramref name="replies"/>.</summary>
    public void AddReplies(List<Task?> replies)
    {
        replies.Add(dayVersions);
        if (contents is not null)
            replies.AddRange(contents);
    }

    /// <summary>Adds the reads of the days not kept, or kept without a guard.</summary>
    public void QueueContents(IBatch batch)
    {
        // A settled month whose days are all kept reads nothing and allocates nothing.
        contents = null;
        for (var i = 0; i < days.Count; i++)
        {
            if (Kind == Guard.None || Changing(days[i]) || Kept?.Days[days[i].Day - 1] is null)
                (contents ??= new Task<HashEntry[]>?[days.Count])[i] = batch.HashGetAllAsync(keys.SlotTotals(scope, metric, days[i]));
        }
    }

    /// <summary>Adds the reads of <see cref="Moved"/> (after <see cref="QueueDayVersions"/>).</summary>
    public void QueueMoved(IBatch batch) =>
        contents = [.. Moved.Select(day => batch.HashGetAllAsync(keys.SlotTotals(scope, metric, day)))];

    /// <summary>Puts the month's days into <paramref name="series"/>: read ones, kept ones whose token holds; the others go to <see cref="Moved"/>.</summary>
    public async Task<(int Hits, int Reads)> TakeAsync(SlotSeries series)
    {
        await ReadDayTokensAsync().ConfigureAwait(false);
        var (hits, reads) = (0, 0);
        for (var i = 0; i < days.Count; i++)
        {
            var (day, token) = (days[i], Token(days[i]));
            if (contents?[i] is { } answer)
            {
                series.Set(day, Fresh(day, DaySlots.Of(await answer.ConfigureAwait(false)), token));
                reads++;
            }
            else if (token is { } t && Kept!.Get(day.Day, t) is { } kept)
            {
                series.Set(day, kept);
                hits++;
            }
            else
            {
                Moved.Add(day);
            }
        }

        return (hits, reads);
    }

    /// <summary>Puts the days read again into <paramref name="series"/>.</summary>
    public async Task TakeMovedAsync(SlotSeries series)
    {
        await ReadDayTokensAsync().ConfigureAwait(false);
        for (var i = 0; i < Moved.Count; i++)
            series.Set(Moved[i], Fresh(Moved[i], DaySlots.Of(await contents![i]!.ConfigureAwait(false)), Token(Moved[i])));
    }

    /// <summary>Keeps a new copy with the days read under a token, when there are any.</summary>
    public void Keep(SettledMonthCache cache)
    {
        if (Kind != Guard.None && fresh.Count > 0)
            cache.Store(CacheName, 0, (Kept ?? KeptSlotMonth.Empty).With(fresh));
    }

    // Yesterday's rooms still get messages and today's keep arriving: their versions would move between requests.
    private bool Changing(DateOnly day) => Kind == Guard.Day && day >= today!.Value.AddDays(-1) && day <= today.Value;

    // A month's version as it is; a day's as its complement, so that the two never match each other; none for a day
    // without a version (no script that raises day versions has changed it) or one that keeps changing.
    private long? Token(DateOnly day) => Kind switch
    {
        Guard.Month => MonthToken,
        Guard.Day => dayTokens![day.Day - 1],
        _ => null,
    };

    private async Task ReadDayTokensAsync()
    {
        if (dayVersions is null)
            return;
        var values = await dayVersions.ConfigureAwait(false);
        for (var i = 0; i < versioned.Count; i++)
            dayTokens![versioned[i].Day - 1] = values[i].IsNull ? null : ~(long)values[i];
    }

    private DaySlots Fresh(DateOnly day, DaySlots slots, long? token)
    {
        if (token is { } t)
            fresh.Add((day.Day, slots, t));
        return slots;
    }
}
