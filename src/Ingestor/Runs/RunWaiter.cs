using System.Diagnostics;
using System.Globalization;
using OmniCharts.Ingestor.Cli;
using OmniCharts.ReadModel.Runs;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Runs;

/// <summary>
/// Polls the projector's marks of one run until every published event has an outcome: each of the numbers
/// 0 … published − 1 is marked, which no redelivery can fake.
/// </summary>
public sealed class RunWaiter(RunProgressReader reader)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Waits until every one of the <paramref name="published"/> events is applied or failed, or <paramref name="timeout"/> passes.</summary>
    public async Task<RunProgress> WaitAsync(string runId, long published, TimeSpan timeout, StatusLine status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        var started = Stopwatch.GetTimestamp();
        var progress = new RunProgress(0, 0, false, false, null, 0);
        while (true)
        {
            progress = await ReadAsync(runId, published, progress);
            var current = progress;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"projector: applied {current.Applied}, failed {current.Failed} of {published} after {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s");
            if (progress.Complete)
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
    private async Task<RunProgress> ReadAsync(string runId, long published, RunProgress previous)
    {
        try
        {
            var outcomes = await reader.ReadAsync(runId, published, published);
            return new RunProgress(outcomes.Applied, outcomes.Failed, outcomes.Covers(published), false, previous.LastError, outcomes.LegacyApplied);
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            return previous with { LastError = error.Message };
        }
    }
}
