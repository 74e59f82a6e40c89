namespace OmniCharts.ReadModel.Writing;

/// <summary>What the analytics overview needs of a room besides its chart metrics (analytics-overview.md §8).</summary>
/// <param name="IsOpen">The room has <c>metrics</c>, no truthy <c>metrics.chatDuration</c> and is not on hold (Open_conversations).</param>
/// <param name="IsOnHold"><c>onHold</c> is true (On_Hold_conversations).</param>
/// <param name="ServedBy"><c>servedBy.username</c>, or null.</param>
/// <param name="ResponseBy"><c>responseBy.username</c>, or null.</param>
/// <param name="Productivity">The room's Productivity values, or null when it lacks <c>metrics.response</c> or <c>metrics.reaction</c>.</param>
public sealed record RoomOverview(bool IsOpen, bool IsOnHold, string? ServedBy, string? ResponseBy, RoomProductivity? Productivity)
{
    /// <summary>Nothing the overview counts beyond the room itself.</summary>
    public static RoomOverview None { get; } = new(false, false, null, null, null);
}
