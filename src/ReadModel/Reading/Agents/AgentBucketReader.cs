using System.Globalization;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading.Agents;

/// <summary>
/// Reads per-agent buckets: whole month hashes (day fields) and whole slot hashes of single days, each with one
/// HGETALL in the caller's batch. Their size grows with the agents who had rooms then, never with agents × days.
/// </summary>
public sealed class AgentBucketReader(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    /// <summary>Adds the reads to <paramref name="batch"/>: the month hashes of <paramref name="months"/> (any day of each) and the slot hashes of <paramref name="slotDays"/>.</summary>
    public Task<AgentCells> Queue(IBatch batch, SeriesScope scope, AgentFamilyShape shape, IEnumerable<DateOnly> months, IEnumerable<DateOnly> slotDays)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(shape);
        var monthReads = months.Select(d => new DateOnly(d.Year, d.Month, 1)).Distinct()
            .Select(m => (Month: m, Entries: batch.HashGetAllAsync(keys.AgentDayTotals(scope, shape.Family, m)))).ToList();
        var slotReads = slotDays.Distinct()
            .Select(d => (Day: d, Entries: batch.HashGetAllAsync(keys.AgentSlotTotals(scope, shape.Family, d)))).ToList();
        return ParseAsync(shape, monthReads, slotReads);
    }

    /// <summary>The same reads in their own round trip.</summary>
    public async Task<AgentCells> ReadAsync(SeriesScope scope, AgentFamilyShape shape, IEnumerable<DateOnly> months, IEnumerable<DateOnly> slotDays)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var cells = Queue(batch, scope, shape, months, slotDays);
        batch.Execute();
        return await cells.ConfigureAwait(false);
    }

    private static async Task<AgentCells> ParseAsync(
        AgentFamilyShape shape, List<(DateOnly Month, Task<HashEntry[]> Entries)> monthReads, List<(DateOnly Day, Task<HashEntry[]> Entries)> slotReads)
    {
        var days = new Dictionary<DateOnly, List<AgentCell>>();
        foreach (var (month, entries) in monthReads)
        {
            foreach (var cell in Cells(await entries.ConfigureAwait(false)))
            {
                var day = month.AddDays(cell.Position - 1);
                if (!days.TryGetValue(day, out var list))
                    days.Add(day, list = []);
                list.Add(cell);
            }
        }

        var slots = new Dictionary<DateOnly, List<AgentCell>>();
        foreach (var (day, entries) in slotReads)
            slots[day] = [.. Cells(await entries.ConfigureAwait(false))];
        return new AgentCells(shape, [.. monthReads.Select(r => r.Month)], days, slots);
    }

    // Fields are {dd}{username} or {SS}{username}; values are numbers separated by spaces.
    private static IEnumerable<AgentCell> Cells(HashEntry[] entries)
    {
        foreach (var entry in entries)
        {
            var field = (string)entry.Name!;
            yield return new AgentCell(int.Parse(field.AsSpan(0, 2), CultureInfo.InvariantCulture), field[2..], Numbers((string)entry.Value!));
        }
    }

    private static long[] Numbers(string text)
    {
        var values = new long[text.Count(c => c == ' ') + 1];
        var i = 0;
        foreach (var range in text.AsSpan().Split(' '))
            values[i++] = long.Parse(text.AsSpan()[range], CultureInfo.InvariantCulture);
        return values;
    }
}
