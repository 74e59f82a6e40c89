using MassTransit;

namespace OmniCharts.Contracts;

/// <summary>
/// A <c>rocketchat_room</c> document as it stands at <see cref="SourceVersion"/>.
/// It describes the whole room, not a delta: the projector replaces what it knew with it. Rooms of every type are
/// published; for one that is not Omnichannel only the id, the version and the type mean anything, so that the
/// projector keeps none of its messages.
/// </summary>
/// <param name="RoomId">The room's <c>_id</c>.</param>
/// <param name="SourceVersion">The document's <c>_updatedAt</c> in Unix milliseconds; a higher one supersedes a lower one; 0 when the document has none (the oldest version).</param>
/// <param name="RoomType">The room's <c>t</c>; only <c>l</c> (Omnichannel) rooms count in charts. A room's type never changes between <c>l</c> and another.</param>
/// <param name="CreatedAt">The room's <c>ts</c>: the only time that places a room in a chart bucket; the Unix epoch for a room that is not Omnichannel.</param>
/// <param name="DepartmentId">The room's current <c>departmentId</c>, or null when it has none.</param>
/// <param name="ChatDurationSeconds"><c>metrics.chatDuration</c>, or null when absent.</param>
/// <param name="FirstResponseSeconds"><c>metrics.response.ft</c>, or null when absent.</param>
/// <param name="AverageResponseSeconds"><c>metrics.response.avg</c>, or null when absent.</param>
/// <param name="FirstReactionSeconds"><c>metrics.reaction.ft</c>, or null when absent.</param>
[MessageUrn("omnicharts:room-changed:v1")]
[EntityName("omnicharts.room-changed")]
public sealed record RoomChanged(
    string RoomId,
    long SourceVersion,
    string? RoomType,
    DateTimeOffset CreatedAt,
    string? DepartmentId,
    double? ChatDurationSeconds,
    double? FirstResponseSeconds,
    double? AverageResponseSeconds,
    double? FirstReactionSeconds);
