using System.Globalization;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Runs;

/// <summary>
/// Marks the final outcome of a run's events in its bitmaps (<see cref="RedisKeySchema.RunBlock"/>), one script per run
/// and batch. Marking is idempotent: an event the broker delivers again sets bits already set, so the run's counts stay
/// exact; an event applied after it failed (moved back from its error queue) counts as applied.
/// </summary>
public sealed class RunProgressWriter(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    private static readonly RedisValue BlockEvents = RunField.BlockEvents;
    private static readonly RedisValue Expiry = (long)RunField.Expiry.TotalSeconds;

    /// <summary>Marks <paramref name="applied"/> and <paramref name="failed"/> numbers of <paramref name="runId"/>, in one round trip; nothing to mark sends nothing.</summary>
    public Task MarkAsync(string runId, IEnumerable<RunNumbers> applied, IEnumerable<RunNumbers> failed)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        var appliedRanges = RunNumbers.Coalesce(applied);
        var failedRanges = RunNumbers.Coalesce(failed);
        if (appliedRanges.Count == 0 && failedRanges.Count == 0)
            return Task.CompletedTask;
        var arguments = new RedisValue[5 + 2 * (appliedRanges.Count + failedRanges.Count)];
        arguments[0] = keys.RunBlockPrefix(runId, RunField.DoneBitmap);
        arguments[1] = keys.RunBlockPrefix(runId, RunField.FailedBitmap);
        arguments[2] = BlockEvents;
        arguments[3] = Expiry;
        arguments[4] = appliedRanges.Count;
        var i = 5;
        foreach (var range in appliedRanges.Concat(failedRanges))
        {
            ArgumentOutOfRangeException.ThrowIfNegative(range.First);
            arguments[i++] = range.First.ToString(CultureInfo.InvariantCulture);
            arguments[i++] = range.Count;
        }

        return RunScripts.Mark.EvaluateAsync(redis.GetDatabase(), [keys.Run(runId)], arguments);
    }
}
