using System.Globalization;
using StackExchange.Redis;

namespace OmniCharts.Benchmarks.Keyspace;

/// <summary>
/// <c>keyspace-memory --prefix P</c>: MEMORY USAGE of every key under <c>P:</c>, summed by kind (room, msgs,
/// all/dep day, slot, ftidx, other), printed as TSV <c>kind keys bytes</c>. The slot hashes of metric <c>n</c> are a
/// kind of their own (<c>dep:slot:n</c>): every department-day with a room has exactly one, so their count is the
/// denominator of "per department-day". The analytics overview's buckets are kinds of their own too (<c>…:day:ov</c>,
/// <c>…:slot:ov</c>, <c>…:agday</c>, <c>…:agslot</c>), and <c>room:overview-fields</c> estimates what
/// its fields add to the room hashes, from a sample of rooms copied without them.
/// </summary>
public static class KeyspaceMemory
{
    private const int BatchSize = 2_000;
    private const int RoomSample = 5_000;
    private static readonly HashSet<string> OverviewMetrics = new(["op", "oh", "oh.e", "mo", "pr.c.d", "pr.ra.d", "pr.ft.d", "pr.rt.d", "pr.ra.x", "pr.ft.x", "pr.rt.x"], StringComparer.Ordinal);
    private static readonly HashSet<string> OverviewRoomFields = new(["op", "oh", "sb", "rb", "pr", "pra", "prf", "prr"], StringComparer.Ordinal);

    /// <summary>Scans and prints; returns the exit code.</summary>
    public static async Task<int> RunAsync(IConnectionMultiplexer redis, string prefix)
    {
        var server = redis.GetServers()[0];
        var database = redis.GetDatabase();
        var totals = new SortedDictionary<string, (long Keys, long Bytes)>(StringComparer.Ordinal);
        var batch = new List<RedisKey>(BatchSize);
        var rooms = new List<RedisKey>(RoomSample);
        await foreach (var key in server.KeysAsync(pattern: prefix + ":*", pageSize: 5_000))
        {
            batch.Add(key);
            if (rooms.Count < RoomSample && key.ToString().Contains(":room:", StringComparison.Ordinal))
                rooms.Add(key);
            if (batch.Count == BatchSize)
                await MeasureAsync(database, prefix, batch, totals);
        }

        await MeasureAsync(database, prefix, batch, totals);
        if (totals.TryGetValue("room", out var allRooms) && rooms.Count > 0)
            totals["room:overview-fields"] = (allRooms.Keys, await OverviewFieldBytesAsync(database, prefix, rooms) * allRooms.Keys / rooms.Count);
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

    // What the overview's fields take in the sampled room hashes: each copied without them, both measured.
    private static async Task<long> OverviewFieldBytesAsync(IDatabase database, string prefix, List<RedisKey> rooms)
    {
        RedisKey copy = prefix + ":keyspace-memory:sample";
        long bytes = 0;
        foreach (var room in rooms)
        {
            var fields = await database.HashGetAllAsync(room);
            await database.KeyDeleteAsync(copy);
            var kept = fields.Where(f => !OverviewRoomFields.Contains(f.Name.ToString())).ToArray();
            if (kept.Length == fields.Length)
                continue;
            await database.HashSetAsync(copy, kept);
            bytes += (long)await database.ExecuteAsync("MEMORY", "USAGE", room, "SAMPLES", "0")
                - (long)await database.ExecuteAsync("MEMORY", "USAGE", copy, "SAMPLES", "0");
        }

        await database.KeyDeleteAsync(copy);
        return bytes;
    }

    // "v3:room:x" → room; "v3:all:slot:ft.s:2026-01-01" → all:slot; "v3:dep:D:slot:n:2026-01-01" → dep:slot:n;
    // "v3:dep:D:day:ft.s:2026-01" → dep:day; "v3:all:slot:mo:2026-01-01" → all:slot:ov; "v3:dep:D:agslot:sv:…" → dep:agslot.
    private static string Kind(string rest)
    {
        var parts = rest.Split(':');
        return parts switch
        {
            [_, "room" or "msgs" or "user" or "perm" or "setting" or "run", ..] => parts[1],
            [_, "all", "slot", "n", _] => "all:slot:n",
            [_, "dep", _, "slot", "n", _] => "dep:slot:n",
            [_, "all", var kind and ("day" or "slot"), var metric, _] when OverviewMetrics.Contains(metric) => $"all:{kind}:ov",
            [_, "dep", _, var kind and ("day" or "slot"), var metric, _] when OverviewMetrics.Contains(metric) => $"dep:{kind}:ov",
            [_, "all", var kind, ..] => "all:" + kind,
            [_, "dep", _, var kind, ..] => "dep:" + kind,
            _ => "other",
        };
    }
}
