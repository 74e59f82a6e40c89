namespace OmniCharts.Reference.Histories;

/// <summary>How big a generated history may get.</summary>
/// <param name="MaxRooms">Rooms created at most (livechat and others).</param>
/// <param name="MaxSteps">Changes made at most after the directory documents.</param>
/// <param name="MaxDepartments">Departments at most (at least one).</param>
public sealed record HistoryOptions(int MaxRooms = 12, int MaxSteps = 120, int MaxDepartments = 3)
{
    /// <summary>Small enough for hundreds of property runs.</summary>
    public static HistoryOptions Default { get; } = new();
}
