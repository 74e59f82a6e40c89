namespace OmniCharts.Ingestor.Runs;

/// <summary>What the projector reported for one run when waiting stopped.</summary>
/// <param name="Applied">Events applied (or ignored as duplicate or stale).</param>
/// <param name="Failed">Events that ended in an error queue.</param>
/// <param name="TimedOut">True when the deadline passed first.</param>
/// <param name="LastError">The last Redis error seen while polling, if any.</param>
public sealed record RunProgress(long Applied, long Failed, bool TimedOut, string? LastError);
