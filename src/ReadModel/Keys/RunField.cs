namespace OmniCharts.ReadModel.Keys;

/// <summary>The fields of a <c>run:{runId}</c> hash: the final outcome of each event one replay published.</summary>
public static class RunField
{
    /// <summary>The header every published event carries so the projector can count it against its run.</summary>
    public const string Header = "OmniCharts-RunId";

    /// <summary>Events the projector handled (applied, or ignored as duplicate or stale).</summary>
    public const string Applied = "applied";

    /// <summary>Events that ended in an error queue.</summary>
    public const string Failed = "failed";

    /// <summary>
    /// Events the run published (the broker confirmed them), written by the publishing process itself so that it
    /// expires with the projector's counters; <c>published − applied − failed</c> is the run's backlog.
    /// </summary>
    public const string Published = "published";

    /// <summary>How long a run's counters are kept after their last change.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromDays(1);
}
