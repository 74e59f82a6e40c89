using MassTransit;

namespace OmniCharts.Contracts;

/// <summary>A <c>rocketchat_message</c> document as it stands at <see cref="SourceVersion"/>.</summary>
/// <param name="MessageId">The message's <c>_id</c>.</param>
/// <param name="RoomId">The message's <c>rid</c>.</param>
/// <param name="SourceVersion">The document's <c>_updatedAt</c> in Unix milliseconds; 0 when it has none (the oldest version).</param>
/// <param name="MessageType">The message's <c>t</c> (system message type), or null for a plain message.</param>
/// <param name="HasVisitorToken">True when the message carries a non-null <c>token</c>, i.e. a visitor wrote it.</param>
/// <param name="SentAt">The message's <c>ts</c>.</param>
[MessageUrn("omnicharts:message-changed:v1")]
[EntityName("omnicharts.message-changed")]
public sealed record MessageChanged(
    string MessageId,
    string RoomId,
    long SourceVersion,
    string? MessageType,
    bool HasVisitorToken,
    DateTimeOffset SentAt);
