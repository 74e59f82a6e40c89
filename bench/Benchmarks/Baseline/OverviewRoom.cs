namespace OmniCharts.Benchmarks.Baseline;

/// <summary>One room of a request's range as a baseline found it, with its messages counted.</summary>
/// <param name="Room">The room.</param>
/// <param name="Untyped">Its messages without <c>t</c> (the overview's Total_messages), or 0 when not asked.</param>
/// <param name="Counted">Its messages without <c>t</c> and <c>token</c> (the agents' Total_messages), or 0 when not asked.</param>
public readonly record struct OverviewRoom(RawRoom Room, long Untyped, long Counted);
