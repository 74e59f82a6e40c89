using OmniCharts.Ingestor.Cli;

namespace OmniCharts.Ingestor.Runs;

/// <summary><c>--wait</c> of <c>replay</c> and <c>backfill</c>: <see cref="RunWaiter"/>, then the exit code and, when it is not 0, why.</summary>
public sealed class RunWait(RunWaiter waiter)
{
    /// <summary>Waits until the projector has applied or failed each of the <paramref name="published"/> events of <paramref name="runId"/>.</summary>
    public async Task<ExitCode> WaitAsync(string runId, long published, TimeSpan timeout, StatusLine status, CancellationToken cancellationToken)
    {
        var progress = await waiter.WaitAsync(runId, published, timeout, status, cancellationToken);
        if (progress.TimedOut)
        {
            status.Error($"--wait timed out after {timeout.TotalSeconds:0} s: the projector applied {progress.Applied} and failed {progress.Failed} " +
                $"of the {published} events of run {runId}. " + (progress.LegacyApplied > 0 && progress.Applied + progress.Failed == 0
                    ? $"It counted {progress.LegacyApplied} deliveries the old way: the Projector is older than this Ingestor, which waits for each event's own mark; upgrade it"
                    : "The Projector may not be running, or may use another RabbitMQ, Redis or ReadModel__KeyPrefix") +
                (progress.LastError is null ? "" : $" (last Redis error: {progress.LastError})") +
                ". Events it could not apply are in its <queue>_error queues.");
            return ExitCode.WaitTimedOut;
        }

        if (progress.Failed == 0)
            return ExitCode.Ok;
        status.Error($"the projector failed {progress.Failed} of {published} events: they are in its <queue>_error queues, the reason in their MT-Fault-Message header");
        return ExitCode.ProjectionFailed;
    }
}
