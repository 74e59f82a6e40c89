using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Runs;

/// <summary>Counts the final outcome of each event of a replay run in <c>run:{runId}</c>, which the Ingestor polls.</summary>
public sealed class RunProgressWriter(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    /// <summary>Adds one to <paramref name="field"/> (<see cref="RunField.Applied"/> or <see cref="RunField.Failed"/>) and renews the expiry.</summary>
    public async Task RecordAsync(string runId, string field)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        var key = keys.Run(runId);
        var transaction = redis.GetDatabase().CreateTransaction();
        var increment = transaction.HashIncrementAsync(key, field);
        var expire = transaction.KeyExpireAsync(key, RunField.Expiry);
        await transaction.ExecuteAsync().ConfigureAwait(false);
        await Task.WhenAll(increment, expire).ConfigureAwait(false);
    }
}
