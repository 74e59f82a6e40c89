namespace OmniCharts.ReadModel.Writing;

/// <summary>A room as it stands at <paramref name="Version"/>; it replaces whatever the read model knew of the room.</summary>
/// <param name="RoomId">The room's <c>_id</c>.</param>
/// <param name="Version">The source version (0 for a document without <c>_updatedAt</c>); only a strictly greater one supersedes the stored state.</param>
/// <param name="IsOmnichannel">True for <c>t: 'l'</c>: only those rooms count in charts; the read model keeps nothing else of another room.</param>
/// <param name="CreatedAtUnixMilliseconds">The room's <c>ts</c>: it alone places the room in a bucket.</param>
/// <param name="DepartmentId">The current department, or null (an empty id counts as none).</param>
/// <param name="Metrics">The timing metrics in milliseconds.</param>
/// <param name="Overview">What the analytics overview counts; null counts nothing beyond the room itself.</param>
public sealed record RoomSnapshot(
    string RoomId,
    long Version,
    bool IsOmnichannel,
    long CreatedAtUnixMilliseconds,
    string? DepartmentId,
    RoomMetrics Metrics,
    RoomOverview? Overview = null)
{
    /// <summary>A channel, group, DM or any other room that is not Omnichannel: only its id and version matter.</summary>
    public static RoomSnapshot NotOmnichannel(string roomId, long version) =>
        new(roomId, version, IsOmnichannel: false, 0, null, RoomMetrics.None);
}
