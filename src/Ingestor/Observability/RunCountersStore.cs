using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Ingestor.Observability;

/// <summary>
/// Writes the run's <c>published</c> count into <c>run:{runId}</c> and reads the projector's exact counts back, in one
/// script (<see cref="RunProgressReader"/>). The count is written whole (this process is the run's only publisher),
/// so a lost or repeated write corrects itself on the next one.
/// </summary>
public sealed class RunCountersStore(RunProgressReader reader)
{
    /// <summary>Stores <paramref name="published"/>, renews the expiry and returns the counters of the run's events.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="numbered">How many numbers the run has given out (some may still await their confirmation).</param>
    /// <param name="published">How many events the broker confirmed.</param>
    public async Task<RunCounters> SyncAsync(string runId, long numbered, long published)
    {
        var outcomes = await reader.ReadAsync(runId, numbered, published);
        return new RunCounters(published, outcomes.Applied, outcomes.Failed);
    }
}
