namespace OmniCharts.Ingestor.Runs;

/// <summary>What the projector reported for one run when waiting stopped, each event counted once however often it was delivered.</summary>
/// <param name="Applied">Distinct events applied (or ignored as duplicate or stale).</param>
/// <param name="Failed">Distinct events that ended in an error queue.</param>
/// <param name="Complete">True when every published event has an outcome.</param>
/// <param name="TimedOut">True when the deadline passed first.</param>
/// <param name="LastError">The last Redis error seen while polling, if any.</param>
/// <param name="LegacyApplied">What a Projector older than the run bitmaps counted instead; 0 from a current one.</param>
public sealed record RunProgress(long Applied, long Failed, bool Complete, bool TimedOut, string? LastError, long LegacyApplied);
