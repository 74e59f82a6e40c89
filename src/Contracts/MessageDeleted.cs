using MassTransit;

namespace OmniCharts.Contracts;

/// <summary>A <c>rocketchat_message</c> document was removed.</summary>
/// <param name="MessageId">The message's <c>_id</c>.</param>
/// <param name="RoomId">The room the message belonged to (<c>rid</c>).</param>
/// <param name="SourceVersion">When the deletion happened, in Unix milliseconds.</param>
[MessageUrn("omnicharts:message-deleted:v1")]
[EntityName("omnicharts.message-deleted")]
public sealed record MessageDeleted(string MessageId, string RoomId, long SourceVersion);
