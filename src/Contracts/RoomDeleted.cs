using MassTransit;

namespace OmniCharts.Contracts;

/// <summary>A <c>rocketchat_room</c> document was removed: the room leaves every chart.</summary>
/// <param name="RoomId">The room's <c>_id</c>.</param>
/// <param name="SourceVersion">When the deletion happened, in Unix milliseconds; older changes of the room are ignored after it.</param>
[MessageUrn("omnicharts:room-deleted:v1")]
[EntityName("omnicharts.room-deleted")]
public sealed record RoomDeleted(string RoomId, long SourceVersion);
