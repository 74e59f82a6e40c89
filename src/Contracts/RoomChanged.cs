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
/// <param name="OnHold">True when <c>onHold</c> is <c>true</c>; false or null otherwise (null from publishers older than the field).</param>
/// <param name="ServedByUsername"><c>servedBy.username</c>, the room's current agent, or null when the room has none.</param>
/// <param name="ResponseByUsername"><c>responseBy.username</c>, the agent who answered first, or null.</param>
/// <param name="HasMetrics">True when the room has a <c>metrics</c> object; null (older publishers) reads as false.</param>
/// <param name="HasResponseMetrics">True when <c>metrics.response</c> is an object.</param>
/// <param name="HasReactionMetrics">True when <c>metrics.reaction</c> is an object.</param>
/// <param name="HasAverageResponse">True when <c>metrics.response</c> has an <c>avg</c> field, even a null one: a missing field and a null one differ in the Productivity cards.</param>
/// <param name="HasFirstResponse">True when <c>metrics.response</c> has an <c>ft</c> field, even a null one.</param>
/// <param name="HasFirstReaction">True when <c>metrics.reaction</c> has an <c>ft</c> field, even a null one.</param>
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
    double? FirstReactionSeconds,
    bool? OnHold = null,
    string? ServedByUsername = null,
    string? ResponseByUsername = null,
    bool? HasMetrics = null,
    bool? HasResponseMetrics = null,
    bool? HasReactionMetrics = null,
    bool? HasAverageResponse = null,
    bool? HasFirstResponse = null,
    bool? HasFirstReaction = null);
