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
            BsonFields.OptionalNumber(room, "metrics", "reaction", "ft")));
    }
}
