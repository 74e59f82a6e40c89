namespace OmniCharts.ReadModel.Writing;

/// <summary>A room as it stands at <paramref name="Version"/>; it replaces whatever the read model knew of the room.</summary>
/// <param name="RoomId">The room's <c>_id</c>.</param>
/// <param name="Version">The source version (positive); only a strictly greater one supersedes the stored state.</param>
/// <param name="IsOmnichannel">True for <c>t: 'l'</c>: only those rooms count in charts.</param>
/// <param name="CreatedAtUnixMilliseconds">The room's <c>ts</c>: it alone places the room in a bucket.</param>
/// <param name="DepartmentId">The current department, or null (an empty id counts as none).</param>
/// <param name="Metrics">The timing metrics in milliseconds.</param>
public sealed record RoomSnapshot(
    string RoomId,
    long Version,
    bool IsOmnichannel,
    long CreatedAtUnixMilliseconds,
    string? DepartmentId,
    RoomMetrics Metrics);
