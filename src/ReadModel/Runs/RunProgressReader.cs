using System.Globalization;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Runs;

/// <summary>
/// Reads a run's exact progress in one round trip. On the way it folds the complete bitmap blocks at the front of
/// the run into two counters (<see cref="RunField.DoneBelow"/>, <see cref="RunField.FailedBelow"/>), so that a
/// <c>serve</c> process that runs for months keeps only its recent blocks; and it renews the run's expiry.
/// </summary>
public sealed class RunProgressReader(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    private static readonly RedisValue BlockEvents = RunField.BlockEvents;
    private static readonly RedisValue Expiry = (long)RunField.Expiry.TotalSeconds;

    /// <summary>The progress of <paramref name="runId"/>, whose numbers 0 … <paramref name="numbered"/> − 1 have been given out; stores <paramref name="published"/> in the run hash when given.</summary>
    public async Task<RunOutcomes> ReadAsync(string runId, long numbered, long? published = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentOutOfRangeException.ThrowIfNegative(numbered);
        var result = (RedisResult[])(await RunScripts.Read.EvaluateAsync(redis.GetDatabase(), [keys.Run(runId)],
        [
            keys.RunBlockPrefix(runId, RunField.DoneBitmap), keys.RunBlockPrefix(runId, RunField.FailedBitmap), BlockEvents, Expiry,
            numbered.ToString(CultureInfo.InvariantCulture),
            published is { } count ? count.ToString(CultureInfo.InvariantCulture) : "",
        ]).ConfigureAwait(false))!;
        return new RunOutcomes((long)result[0], (long)result[1], (long)result[2], (long)result[3]);
    }
}
