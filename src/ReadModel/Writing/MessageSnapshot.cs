namespace OmniCharts.ReadModel.Writing;

/// <summary>A message as it stands at <paramref name="Version"/>, reduced to the totals it counts in.</summary>
/// <param name="MessageId">The message's <c>_id</c>.</param>
/// <param name="RoomId">The message's <c>rid</c>.</param>
/// <param name="Version">The source version (0 for a document without <c>_updatedAt</c>).</param>
/// <param name="Count">Which message totals it counts in.</param>
public sealed record MessageSnapshot(string MessageId, string RoomId, long Version, MessageCount Count)
{
    /// <summary>The count of a message with type <paramref name="messageType"/> and, when <paramref name="hasVisitorToken"/>, a visitor's token.</summary>
    public static MessageCount CountOf(string? messageType, bool hasVisitorToken) =>
        messageType is not null ? MessageCount.None : hasVisitorToken ? MessageCount.OverviewOnly : MessageCount.Both;
}
