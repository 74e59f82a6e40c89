namespace OmniCharts.ReadModel.Runs;

/// <summary>What the projector did with one run's events, counting each event number once however often it was delivered.</summary>
/// <param name="Done">Distinct events with a final outcome: applied (including duplicates and stale changes, which change nothing) or failed.</param>
/// <param name="Failed">Distinct events that ended in an error queue (their latest outcome).</param>
/// <param name="FirstPending">The lowest event number without an outcome yet: every event numbered below it is done.</param>
/// <param name="LegacyApplied">What a Projector older than the run bitmaps counted in the hash's <c>applied</c> field; 0 normally.</param>
public sealed record RunOutcomes(long Done, long Failed, long FirstPending, long LegacyApplied)
{
    /// <summary>Distinct events applied.</summary>
    public long Applied => Done - Failed;

    /// <summary>True when every one of the first <paramref name="published"/> events (numbers 0 … published − 1) is done.</summary>
    public bool Covers(long published) => FirstPending >= published;
}
