namespace OmniCharts.Reference.AnalyticsOverview.Validation;

/// <summary>A request's parameters once every check passed; <see cref="DepartmentId"/> is null for "all rooms".</summary>
internal sealed record OverviewParameters(string Name, DateOnly From, DateOnly To, string? DepartmentId);
