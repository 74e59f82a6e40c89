using MongoDB.Bson;
using OmniCharts.Contracts;

namespace OmniCharts.Ingestor.Documents;

/// <summary>
/// <c>rocketchat_room</c> → <see cref="RoomChanged"/>. Only Omnichannel rooms (<c>t: 'l'</c>) count in the charts, but
/// every room is published: the Projector must learn that a channel, group or DM is not Omnichannel so that it keeps
/// none of its messages, whichever source or folder they come from. Such a room carries only its id, version and
/// type; nothing else of it is read, so no field of a team room can make it rejected.
/// </summary>
internal static class RoomMapping
{
    public const string Omnichannel = "l";

    public static DocumentOutcome Map(BsonDocument room)
    {
        var id = BsonFields.Id(room);
        var version = BsonFields.UpdatedAt(room);
        var type = room.GetValue("t", BsonNull.Value) is { IsString: true } t ? t.AsString : null;
        if (type != Omnichannel)
            return DocumentOutcome.Publish(new RoomChanged(id, version, type, DateTimeOffset.UnixEpoch, null, null, null, null, null));

        return DocumentOutcome.Publish(new RoomChanged(
            id,
            version,
            type,
            BsonFields.RequiredDate(room, "ts"),
            BsonFields.OptionalString(room, "departmentId"),
            BsonFields.OptionalNumber(room, "metrics", "chatDuration"),
            BsonFields.OptionalNumber(room, "metrics", "response", "ft"),
            BsonFields.OptionalNumber(room, "metrics", "response", "avg"),
            BsonFields.OptionalNumber(room, "metrics", "reaction", "ft"),
            OnHold: room.GetValue("onHold", BsonNull.Value) is BsonBoolean { Value: true },
            ServedByUsername: Username(room, "servedBy"),
            ResponseByUsername: Username(room, "responseBy"),
            HasMetrics: BsonFields.OptionalValue(room, "metrics") is BsonDocument,
            HasResponseMetrics: BsonFields.OptionalValue(room, "metrics", "response") is BsonDocument,
            HasReactionMetrics: BsonFields.OptionalValue(room, "metrics", "reaction") is BsonDocument,
            HasAverageResponse: HasField(room, "metrics", "response", "avg"),
            HasFirstResponse: HasField(room, "metrics", "response", "ft"),
            HasFirstReaction: HasField(room, "metrics", "reaction", "ft")));
    }

    // An agent is named by its username; anything else there (no object, no string) is no agent, never a rejection.
    private static string? Username(BsonDocument room, string agent) =>
        room.GetValue(agent, BsonNull.Value) is BsonDocument person && person.GetValue("username", BsonNull.Value) is BsonString { Value: var name }
            ? name
            : null;

    // Whether the last step of the path is a field of the object before it, even with a null value.
    private static bool HasField(BsonDocument room, params string[] path) =>
        BsonFields.OptionalValue(room, path[..^1]) is BsonDocument parent && parent.Contains(path[^1]);
}
