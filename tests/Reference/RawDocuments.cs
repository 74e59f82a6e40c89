using MongoDB.Bson;

namespace OmniCharts.Reference;

/// <summary>
/// Rocket.Chat's raw documents as they finally stand, one list per MongoDB collection
/// (<c>rocketchat_room</c>, <c>rocketchat_message</c>, <c>users</c>, <c>rocketchat_permissions</c>,
/// <c>rocketchat_settings</c>).
/// </summary>
public sealed record RawDocuments(
    IReadOnlyList<BsonDocument> Rooms,
    IReadOnlyList<BsonDocument> Messages,
    IReadOnlyList<BsonDocument> Users,
    IReadOnlyList<BsonDocument> Permissions,
    IReadOnlyList<BsonDocument> Settings)
{
    /// <summary>No documents at all.</summary>
    public static RawDocuments Empty { get; } = new([], [], [], [], []);
}
