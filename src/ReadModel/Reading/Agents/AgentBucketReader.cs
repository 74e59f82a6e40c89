using System.Buffers.Text;
using System.Text;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading.Agents;

/// <summary>
/// Reads per-agent buckets: whole month hashes (day fields) and whole slot hashes of single days, each with one
/// HGETALL in the caller's batch. Their size grows with the agents who had rooms then, never with agents × days.
/// With a <see cref="SettledMonthCache"/>, settled months it holds are not fetched: their versions are, and a month
/// whose version moved is read again in a second round trip (as <see cref="BucketReader"/> does).
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
        var monthKeys = months.Select(d => new DateOnly(d.Year, d.Month, 1)).Distinct()
            .Select(m => new MonthRead(m, keys.AgentDayTotals(scope, shape.Family, m), cache.Enabled && m.AddMonths(1) <= today, keys.DayVersions(scope))).ToList();
        var settled = monthKeys.Where(m => m.Settled).ToList();
        // The versions go first: contents read after a version are at least that new, so keeping them under it is safe.
        var versions = settled.Count == 0 ? null : batch.HashGetAsync(keys.DayVersions(scope), [.. settled.Select(m => RedisKeySchema.MonthField(m.Month))]);
        var monthReads = monthKeys.Select(m => m.Settled && cache.Holds(m.Key) ? null : batch.HashGetAllAsync(m.Key)).ToList();
        var slotReads = slotDays.Distinct()
            .Select(d => (Day: d, Entries: batch.HashGetAllAsync(keys.AgentSlotTotals(scope, shape.Family, d)))).ToList();
        return ParseAsync(shape, monthKeys, settled, versions, monthReads, slotReads);
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

    private async Task<AgentCells> ParseAsync(AgentFamilyShape shape, List<MonthRead> months, List<MonthRead> settled, Task<RedisValue[]>? versions,
        List<Task<HashEntry[]>?> monthReads, List<(DateOnly Day, Task<HashEntry[]> Entries)> slotReads)
    {
        await BatchReplies.AllAsync(monthReads.Concat(slotReads.Select(r => r.Entries)), versions).ConfigureAwait(false);
        var monthVersions = versions is null ? [] : (await versions.ConfigureAwait(false)).Select(v => v.IsNull ? 0L : (long)v).ToArray();
        long VersionOf(MonthRead month) => monthVersions[settled.IndexOf(month)];
        var days = new Dictionary<DateOnly, List<AgentCell>>();
        List<MonthRead>? moved = null;
        for (var i = 0; i < months.Count; i++)
        {
            var month = months[i];
            AgentCell[]? cells;
            if (monthReads[i] is { } read)
            {
                cells = Cells(await read.ConfigureAwait(false));
                if (month.Settled)
                    cache.Store(month.Key, VersionOf(month), cells);
            }
            else if ((cells = cache.Get<AgentCell[]>(month.Key, VersionOf(month))) is null)
            {
                (moved ??= []).Add(month);
                continue;
            }

            AddDays(days, month.Month, cells);
        }

        if (moved is not null)
            await ReadAgainAsync(days, moved).ConfigureAwait(false);

        var slots = new Dictionary<DateOnly, List<AgentCell>>();
        foreach (var (day, entries) in slotReads)
            slots[day] = [.. Cells(await entries.ConfigureAwait(false))];
        return new AgentCells(shape, [.. months.Select(m => m.Month)], days, slots);
    }

    /// <summary>Reads the kept months whose version moved, with their new versions first, in a second round trip.</summary>
    private async Task ReadAgainAsync(Dictionary<DateOnly, List<AgentCell>> days, List<MonthRead> moved)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var versions = moved.Select(m => batch.HashGetAsync(m.Versions, RedisKeySchema.MonthField(m.Month))).ToList();
        var entries = moved.Select(m => batch.HashGetAllAsync(m.Key)).ToList();
        batch.Execute();
        for (var i = 0; i < moved.Count; i++)
        {
            var version = await versions[i].ConfigureAwait(false);
            var cells = Cells(await entries[i].ConfigureAwait(false));
            cache.Store(moved[i].Key, version.IsNull ? 0 : (long)version, cells);
            AddDays(days, moved[i].Month, cells);
        }
    }

    private static void AddDays(Dictionary<DateOnly, List<AgentCell>> days, DateOnly month, AgentCell[] cells)
    {
        foreach (var cell in cells)
        {
            var day = month.AddDays(cell.Position - 1);
            if (!days.TryGetValue(day, out var list))
                days.Add(day, list = []);
            list.Add(cell);
        }
    }

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

    /// <summary>One month hash to read: its first day, its key, whether it is settled (kept in the cache), its scope's versions.</summary>
    private sealed record MonthRead(DateOnly Month, RedisKey Key, bool Settled, RedisKey Versions);
}
