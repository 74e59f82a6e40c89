using MongoDB.Bson;
using OmniCharts.Contracts;

namespace OmniCharts.Ingestor.Documents;

/// <summary>
/// <c>rocketchat_message</c> → <see cref="MessageChanged"/>. Hidden edit copies (<c>_hidden</c>) are mapped
/// like any other message: Rocket.Chat counts them.
/// </summary>
internal static class MessageMapping
{
    public static MessageChanged Map(BsonDocument message) => new(
        BsonFields.Id(message),
        BsonFields.RequiredString(message, "rid"),
        BsonFields.UpdatedAt(message),
        BsonFields.OptionalString(message, "t"),
        message.TryGetValue("token", out var token) && !token.IsBsonNull,
        BsonFields.RequiredDate(message, "ts"));
}
