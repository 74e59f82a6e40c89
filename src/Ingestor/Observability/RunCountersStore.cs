using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Observability;

/// <summary>
/// Writes the run's <c>published</c> count beside the projector's <c>applied</c> and <c>failed</c> and reads them
/// back, in one transaction. The count is written whole (this process is the run's only publisher), so a lost
/// or repeated write corrects itself on the next one.
/// </summary>
public sealed class RunCountersStore(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    /// <summary>Stores <paramref name="published"/>, renews the expiry and returns the three counters.</summary>
    public async Task<RunCounters> SyncAsync(string runId, long published)
    {
        var key = keys.Run(runId);
        var transaction = redis.GetDatabase().CreateTransaction();
        var write = transaction.HashSetAsync(key, RunField.Published, published);
        var expire = transaction.KeyExpireAsync(key, RunField.Expiry);
        var read = transaction.HashGetAsync(key, [RunField.Applied, RunField.Failed]);
        await transaction.ExecuteAsync();
        await Task.WhenAll(write, expire, read);
        var values = await read;
        return new RunCounters(published, (long?)values[0] ?? 0, (long?)values[1] ?? 0);
    }
}
