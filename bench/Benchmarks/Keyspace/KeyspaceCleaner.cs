using StackExchange.Redis;

namespace OmniCharts.Benchmarks.Keyspace;

/// <summary><c>keyspace-clean --prefix P</c>: unlinks every key under <c>P:</c> (the bench's own namespace only).</summary>
public static class KeyspaceCleaner
{
    /// <summary>Deletes and prints how many keys went; returns the exit code.</summary>
    public static async Task<int> RunAsync(IConnectionMultiplexer redis, string prefix)
    {
        if (!prefix.StartsWith("bench", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"refusing to delete '{prefix}:*': bench prefixes start with 'bench'");
            return 2;
        }

        var database = redis.GetDatabase();
        long deleted = 0;
        var batch = new List<RedisKey>(1_000);
        await foreach (var key in redis.GetServers()[0].KeysAsync(pattern: prefix + ":*", pageSize: 5_000))
        {
            batch.Add(key);
            if (batch.Count < 1_000)
                continue;
            deleted += await database.KeyDeleteAsync([.. batch], CommandFlags.None);
            batch.Clear();
        }

        if (batch.Count > 0)
            deleted += await database.KeyDeleteAsync([.. batch]);
        Console.WriteLine($"deleted {deleted} keys under {prefix}:");
        return 0;
    }
}
