using OmniCharts.QueryApi.Charts;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.Benchmarks.Baseline;

/// <summary>How a baseline computes the totals of each planned bucket for a chart and an optional department.</summary>
public delegate Task<IReadOnlyList<BucketTotals>> BucketTotalsSource(string chartName, string? departmentId, RangePlan plan);
