using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Runs;

/// <summary>Counts the final outcome of each event of a replay run in <c>run:{runId}</c>, which the Ingestor polls.</summary>
public sealed class RunProgressWriter(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    /// <summary>Adds one to <paramref name="field"/> (<see cref="RunField.Applied"/> or <see cref="RunField.Failed"/>) and renews the expiry.</summary>
    public Task RecordAsync(string runId, string field) =>
        field == RunField.Failed ? RecordAsync(runId, 0, 1) : RecordAsync(runId, 1, 0);

    /// <summary>
    /// Adds the outcomes of several events of one run at once (a batch: one round trip instead of one per event)
    /// and renews the expiry; a zero count leaves its field untouched.
    /// </summary>
    public async Task RecordAsync(string runId, long applied, long failed)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentOutOfRangeException.ThrowIfNegative(applied);
        ArgumentOutOfRangeException.ThrowIfNegative(failed);
        if (applied == 0 && failed == 0)
            return;
        var key = keys.Run(runId);
        var transaction = redis.GetDatabase().CreateTransaction();
        var writes = new List<Task>(3);
        if (applied > 0)
            writes.Add(transaction.HashIncrementAsync(key, RunField.Applied, applied));
        if (failed > 0)
            writes.Add(transaction.HashIncrementAsync(key, RunField.Failed, failed));
        writes.Add(transaction.KeyExpireAsync(key, RunField.Expiry));
        await transaction.ExecuteAsync().ConfigureAwait(false);
        await Task.WhenAll(writes).ConfigureAwait(false);
    }
}
