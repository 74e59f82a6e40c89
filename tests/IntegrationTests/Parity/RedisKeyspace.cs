using OmniCharts.IntegrationTests.ReadModel;

using OmniCharts.IntegrationTests.Infrastructure;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// Removes every key under a test's prefix, so the next history starts from an empty read model; the read model's
/// state stays, so the QueryApi keeps answering (the test fills the read model itself).
/// </summary>
public static class RedisKeyspace
{
    public static async Task DeleteAsync(string prefix, bool keepState = true)
    {
        var state = keepState ? new OmniCharts.ReadModel.Keys.RedisKeySchema(prefix).State : default;
        var server = TestRedis.Connection.GetServers()[0];
        var database = TestRedis.Connection.GetDatabase();
        var keys = new List<StackExchange.Redis.RedisKey>();
        await foreach (var key in server.KeysAsync(database.Database, prefix + ":*", pageSize: 1000))
        {
            if (key != state)
                keys.Add(key);
        }
        foreach (var chunk in keys.Distinct().Chunk(500))
            await database.KeyDeleteAsync(chunk);
    }
}
