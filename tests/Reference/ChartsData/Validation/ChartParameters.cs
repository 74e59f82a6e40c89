namespace OmniCharts.Reference.ChartsData.Validation;

/// <summary>A valid request's parameters; <see cref="DepartmentId"/> is null for "all rooms".</summary>
internal sealed record ChartParameters(string ChartName, DateOnly Start, DateOnly End, string? DepartmentId);
