using MongoDB.Bson;
using OmniCharts.Contracts;

namespace OmniCharts.Ingestor.Documents;

/// <summary><c>rocketchat_room</c> → <see cref="RoomChanged"/>; only Omnichannel rooms (<c>t: 'l'</c>) concern the charts.</summary>
internal static class RoomMapping
{
    public const string Omnichannel = "l";

    public static DocumentOutcome Map(BsonDocument room)
    {
        var id = BsonFields.Id(room);
        var type = BsonFields.OptionalString(room, "t");
        if (type != Omnichannel)
            return DocumentOutcome.Skip($"room type '{type}' is not Omnichannel");

        return DocumentOutcome.Publish(new RoomChanged(
            id,
            BsonFields.UpdatedAt(room),
            type,
            BsonFields.RequiredDate(room, "ts"),
            BsonFields.OptionalString(room, "departmentId"),
            BsonFields.OptionalNumber(room, "metrics", "chatDuration"),
            BsonFields.OptionalNumber(room, "metrics", "response", "ft"),
            BsonFields.OptionalNumber(room, "metrics", "response", "avg"),
            BsonFields.OptionalNumber(room, "metrics", "reaction", "ft")));
    }
}
