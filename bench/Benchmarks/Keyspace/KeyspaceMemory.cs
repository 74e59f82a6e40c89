using System.Globalization;
using StackExchange.Redis;

namespace OmniCharts.Benchmarks.Keyspace;

/// <summary>
/// <c>keyspace-memory --prefix P</c>: MEMORY USAGE of every key under <c>P:</c>, summed by kind (room, msgs,
/// all/dep day, slot, ftidx, other), printed as TSV <c>kind keys bytes</c>. The slot hashes of metric <c>n</c> are a
/// kind of their own (<c>dep:slot:n</c>): every department-day with a room has exactly one, so their count is the
/// denominator of "per department-day".
/// </summary>
public static class KeyspaceMemory
{
    private const int BatchSize = 2_000;

    /// <summary>Scans and prints; returns the exit code.</summary>
    public static async Task<int> RunAsync(IConnectionMultiplexer redis, string prefix)
    {
        var server = redis.GetServers()[0];
        var database = redis.GetDatabase();
        var totals = new SortedDictionary<string, (long Keys, long Bytes)>(StringComparer.Ordinal);
        var batch = new List<RedisKey>(BatchSize);
        await foreach (var key in server.KeysAsync(pattern: prefix + ":*", pageSize: 5_000))
        {
            batch.Add(key);
            if (batch.Count == BatchSize)
                await MeasureAsync(database, prefix, batch, totals);
        }

        await MeasureAsync(database, prefix, batch, totals);
        foreach (var (kind, (keys, bytes)) in totals)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}\t{keys}\t{bytes}"));
        return 0;
    }

    private static async Task MeasureAsync(IDatabase database, string prefix, List<RedisKey> keys, SortedDictionary<string, (long, long)> totals)
    {
        var usages = await Task.WhenAll(keys.Select(k => database.ExecuteAsync("MEMORY", "USAGE", k, "SAMPLES", "0")));
        for (var i = 0; i < keys.Count; i++)
        {
            var kind = Kind(((string)keys[i]!)[(prefix.Length + 1)..]);
            var (count, bytes) = totals.GetValueOrDefault(kind);
            totals[kind] = (count + 1, bytes + (long)usages[i]);
        }

        keys.Clear();
    }

    // "v2:room:x" → room; "v2:all:slot:ft.s:2026-01-01" → all:slot; "v2:dep:D:slot:n:2026-01-01" → dep:slot:n;
    // "v2:dep:D:day:ft.s:2026-01" → dep:day.
    private static string Kind(string rest)
    {
        var parts = rest.Split(':');
        return parts switch
        {
            [_, "room" or "msgs" or "user" or "perm" or "setting" or "run", ..] => parts[1],
            [_, "all", "slot", "n", _] => "all:slot:n",
            [_, "dep", _, "slot", "n", _] => "dep:slot:n",
            [_, "all", var kind, ..] => "all:" + kind,
            [_, "dep", _, var kind, ..] => "dep:" + kind,
            _ => "other",
        };
    }
}
