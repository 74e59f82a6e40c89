using OmniCharts.QueryApi.Overview.Requests;

namespace OmniCharts.Benchmarks.Baseline;

/// <summary>A baseline's answer body to an overview or agent-overview <paramref name="name"/> over the rooms of <paramref name="range"/> (and the department, if any).</summary>
public delegate Task<byte[]> OverviewBodySource(string name, string? departmentId, LocalRange range);
