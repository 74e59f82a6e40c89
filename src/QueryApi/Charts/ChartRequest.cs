using OmniCharts.ReadModel.Keys;

namespace OmniCharts.QueryApi.Charts;

/// <summary>A valid charts-data query.</summary>
/// <param name="Start">The first local date.</param>
/// <param name="End">The last local date.</param>
/// <param name="ChartName">One of <see cref="ChartNames"/>, as given.</param>
/// <param name="Scope">All rooms, or one department's.</param>
public sealed record ChartRequest(DateOnly Start, DateOnly End, string ChartName, SeriesScope Scope);
