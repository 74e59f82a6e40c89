using System.Buffers.Text;
using System.Text;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading.Agents;

/// <summary>
/// Reads per-agent buckets: whole month hashes (day fields) and whole slot hashes of single days, each with one
/// HGETALL in the caller's batch. Their size grows with the agents who had rooms then, never with agents × days.
/// With a <see cref="SettledMonthCache"/>, the month hashes and slot hashes of settled months it holds are not
/// fetched: their months' versions are, and a hash whose version moved is read again in a second round trip (as
/// <see cref="BucketReader"/> does).
/// </summary>
public sealed class AgentBucketReader(IConnectionMultiplexer redis, RedisKeySchema layout, SettledMonthCache cache, TimeProvider clock)
{
    /// <summary>A reader without a cache.</summary>
    public AgentBucketReader(IConnectionMultiplexer redis, RedisKeySchema keys)
        : this(redis, keys, SettledMonthCache.Disabled, TimeProvider.System)
    {
    }

    /// <summary>
    /// Adds the reads to <paramref name="batch"/>: the month hashes of <paramref name="months"/> (any day of each) and the
    /// slot hashes of <paramref name="slotDays"/>, from <paramref name="generation"/> (the layout's first by default).
    /// </summary>
    public Task<AgentCells> Queue(IBatch batch, SeriesScope scope, AgentFamilyShape shape, IEnumerable<DateOnly> months, IEnumerable<DateOnly> slotDays,
        RedisKeySchema? generation = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(shape);
        var keys = generation ?? layout;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        bool Settled(DateOnly month) => cache.Enabled && MonthVersions.Settled(month, today);
        var reads = months.Select(Month).Distinct()
            .Select(m => new HashRead(m, keys.AgentDayTotals(scope, shape.Family, m), Settled(m), null))
            .Concat(slotDays.Distinct().Select(d => new HashRead(Month(d), keys.AgentSlotTotals(scope, shape.Family, d), Settled(Month(d)), d)))
            .ToList();
        var settled = reads.Where(r => r.Settled).Select(r => r.Month).Distinct().ToList();
        // The versions go first: contents read after a version are at least that new, so keeping them under it is safe.
        var versions = MonthVersions.Queue(batch, keys.DayVersions(scope), settled);
        var contents = reads.Select(r => r.Settled && cache.Holds(r.Key) ? null : batch.HashGetAllAsync(r.Key)).ToList();
        return ParseAsync(shape, keys.DayVersions(scope), reads, settled, versions, contents);
    }

    /// <summary>The same reads in their own round trip.</summary>
    public async Task<AgentCells> ReadAsync(SeriesScope scope, AgentFamilyShape shape, IEnumerable<DateOnly> months, IEnumerable<DateOnly> slotDays,
        RedisKeySchema? generation = null)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var cells = Queue(batch, scope, shape, months, slotDays, generation);
        batch.Execute();
        return await cells.ConfigureAwait(false);
    }

    private async Task<AgentCells> ParseAsync(AgentFamilyShape shape, RedisKey dayVersions, List<HashRead> reads, List<DateOnly> settled,
        Task<RedisValue[]>? versions, List<Task<HashEntry[]>?> contents)
    {
        await BatchReplies.AllAsync(contents, versions).ConfigureAwait(false);
        var monthVersions = await MonthVersions.ReadAsync(versions).ConfigureAwait(false);
        var days = new Dictionary<DateOnly, AgentHash>();
        var slots = new Dictionary<DateOnly, AgentHash>();
        List<HashRead>? moved = null;
        for (var i = 0; i < reads.Count; i++)
        {
            var read = reads[i];
            AgentHash? cells;
            if (contents[i] is { } content)
            {
                cells = Hash(read, await content.ConfigureAwait(false));
                if (read.Settled)
                    cache.Store(read.Key, monthVersions[settled.IndexOf(read.Month)], cells);
            }
            else if ((cells = cache.Get<AgentHash>(read.Key, monthVersions[settled.IndexOf(read.Month)])) is null)
            {
                (moved ??= []).Add(read);
                continue;
            }

            Add(days, slots, read, cells);
        }

        if (moved is not null)
            await ReadAgainAsync(dayVersions, days, slots, moved).ConfigureAwait(false);
        return new AgentCells(shape, [.. reads.Where(r => r.SlotDay is null).Select(r => r.Month)], days, slots);
    }

    /// <summary>Reads the kept hashes whose month's version moved, with their new versions first, in a second round trip.</summary>
    private async Task ReadAgainAsync(RedisKey dayVersions, Dictionary<DateOnly, AgentHash> days, Dictionary<DateOnly, AgentHash> slots, List<HashRead> moved)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var versions = moved.Select(r => batch.HashGetAsync(dayVersions, RedisKeySchema.MonthField(r.Month))).ToList();
        var entries = moved.Select(r => batch.HashGetAllAsync(r.Key)).ToList();
        batch.Execute();
        await BatchReplies.AllAsync(entries, Task.WhenAll(versions)).ConfigureAwait(false);
        for (var i = 0; i < moved.Count; i++)
        {
            var version = await versions[i].ConfigureAwait(false);
            var cells = Hash(moved[i], await entries[i].ConfigureAwait(false));
            cache.Store(moved[i].Key, MonthVersions.Of(version), cells);
            Add(days, slots, moved[i], cells);
        }
    }

    // A month hash goes to its month, a slot hash to its day.
    private static void Add(Dictionary<DateOnly, AgentHash> days, Dictionary<DateOnly, AgentHash> slots, HashRead read, AgentHash cells)
    {
        if (read.SlotDay is { } day)
            slots[day] = cells;
        else
            days[read.Month] = cells;
    }

    private static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);

    // Day fields are at positions 1..31, slot fields at 0..95.
    private static AgentHash Hash(HashRead read, HashEntry[] entries) =>
        new(Cells(entries), read.SlotDay is null ? 32 : UtcSlot.PerDay);

    // Fields are {dd}{username} or {SS}{username}; values are integers separated by spaces. Parsed from the bytes.
    private static AgentCell[] Cells(HashEntry[] entries)
    {
        var cells = new AgentCell[entries.Length];
        for (var e = 0; e < entries.Length; e++)
        {
            var field = ((ReadOnlyMemory<byte>)entries[e].Name).Span;
            var value = ((ReadOnlyMemory<byte>)entries[e].Value).Span;
            var numbers = new long[value.Count((byte)' ') + 1];
            for (var n = 0; n < numbers.Length; n++)
            {
                Utf8Parser.TryParse(value, out numbers[n], out var used);
                value = value[Math.Min(value.Length, used + 1)..];
            }

            cells[e] = new AgentCell((field[0] - '0') * 10 + (field[1] - '0'), Encoding.UTF8.GetString(field[2..]), numbers);
        }

        return cells;
    }

    /// <summary>
    /// One hash to read: a month hash (no <paramref name="SlotDay"/>) or the slot hash of <paramref name="SlotDay"/>; its
    /// month, whose version vouches for a kept copy when the month is settled.
    /// </summary>
    private sealed record HashRead(DateOnly Month, RedisKey Key, bool Settled, DateOnly? SlotDay);
}
