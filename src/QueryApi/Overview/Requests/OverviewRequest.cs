using OmniCharts.ReadModel.Keys;

namespace OmniCharts.QueryApi.Overview.Requests;

/// <summary>A request that gets data: one of its endpoint's names and two real dates.</summary>
/// <param name="Name">The card group or the table, as given.</param>
/// <param name="From">The first local date.</param>
/// <param name="To">The last local date (may be before <paramref name="From"/>: then no room is in range).</param>
/// <param name="Scope">All rooms, or one department's.</param>
public sealed record OverviewRequest(string Name, DateOnly From, DateOnly To, SeriesScope Scope);
