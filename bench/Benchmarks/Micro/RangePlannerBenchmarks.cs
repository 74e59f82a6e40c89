using BenchmarkDotNet.Attributes;
using OmniCharts.QueryApi.Charts;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.Benchmarks.Micro;

/// <summary>The range planner (pure) and the read plan built from it (pure), for the three benchmarked ranges.</summary>
public class RangePlannerBenchmarks
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.Utc;
    private static readonly DateOnly Day = new(2026, 3, 2);
    private readonly RedisKeySchema keys = new("bench");

    /// <summary>1 day: 24 hourly buckets.</summary>
    [Benchmark]
    public RangePlan Plan_1_day() => RangePlanner.Plan(Day, Day, Zone);

    /// <summary>31 days.</summary>
    [Benchmark]
    public RangePlan Plan_31_days() => RangePlanner.Plan(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), Zone);

    /// <summary>365 days.</summary>
    [Benchmark]
    public RangePlan Plan_365_days() => RangePlanner.Plan(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Zone);

    /// <summary>365 days, planned and turned into HMGETs (what the reader does before its round trip).</summary>
    [Benchmark]
    public BucketReadPlan Plan_and_read_plan_365_days() => BucketReadPlan.Create(keys, SeriesScope.AllRooms, BucketMeasure.FirstResponse,
        CellWindow.Covering([.. RangePlanner.Plan(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Zone).Buckets.Select(b => b.Source)]));
}
