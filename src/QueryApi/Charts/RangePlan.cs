namespace OmniCharts.QueryApi.Charts;

/// <summary>The buckets of one answer, in order.</summary>
/// <param name="Mode">Hourly or daily.</param>
/// <param name="Buckets">The buckets; empty when the range is reversed by two days or more.</param>
public sealed record RangePlan(RangeMode Mode, IReadOnlyList<PlannedBucket> Buckets);
