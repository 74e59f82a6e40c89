using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Charts;

/// <summary>One bucket of an answer: its inclusive millisecond interval and the read-model cells that cover it.</summary>
/// <param name="Start">The first instant, UTC.</param>
/// <param name="End">The last millisecond, UTC.</param>
/// <param name="Source">The days and slot runs to add up.</param>
public sealed record PlannedBucket(DateTimeOffset Start, DateTimeOffset End, BucketSource Source);
