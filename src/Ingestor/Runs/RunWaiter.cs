using System.Diagnostics;
using System.Globalization;
using OmniCharts.Ingestor.Cli;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Runs;

/// <summary>Polls the projector's <c>run:{runId}</c> counters until every published event is accounted for.</summary>
public sealed class RunWaiter(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Waits until applied + failed reaches <paramref name="published"/> or <paramref name="timeout"/> passes.</summary>
    public async Task<RunProgress> WaitAsync(string runId, long published, TimeSpan timeout, StatusLine status, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var progress = new RunProgress(0, 0, false, null);
        while (true)
        {
            progress = await ReadAsync(runId, progress);
            var current = progress;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"projector: applied {current.Applied}, failed {current.Failed} of {published} after {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s");
            if (progress.Applied + progress.Failed >= published)
            {
                status.Complete(line);
                return progress;
            }

            if (Stopwatch.GetElapsedTime(started) >= timeout)
            {
                status.Complete(line);
                return progress with { TimedOut = true };
            }

            status.Update(() => line);
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    // A Redis outage while waiting is not fatal: the projector may still catch up before the deadline.
    private async Task<RunProgress> ReadAsync(string runId, RunProgress previous)
    {
        try
        {
            var values = await redis.GetDatabase().HashGetAsync(keys.Run(runId), [RunField.Applied, RunField.Failed]);
            return new RunProgress((long?)values[0] ?? 0, (long?)values[1] ?? 0, false, previous.LastError);
        }
        catch (RedisException error)
        {
            return previous with { LastError = error.Message };
        }
    }
}
