namespace OmniCharts.Ingestor.Observability;

/// <summary>The service run's counters as stored in <c>run:{runId}</c>.</summary>
/// <param name="Published">Events this process published (the broker confirmed them).</param>
/// <param name="Applied">Distinct events the projector applied, or ignored as duplicate or stale (a redelivered event counts once).</param>
/// <param name="Failed">Distinct events that ended in an error queue.</param>
public sealed record RunCounters(long Published, long Applied, long Failed)
{
    /// <summary>Events published and not yet applied or failed; never below 0, since the projector may mark an event before its publisher hears the broker's confirmation.</summary>
    public long Backlog => Math.Max(0, Published - Applied - Failed);
}
