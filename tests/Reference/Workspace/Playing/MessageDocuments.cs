using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>Message documents shaped like Rocket.Chat 7.x's <c>rocketchat_message</c>.</summary>
internal static class MessageDocuments
{
    private static readonly string[] Words =
        ["hello", "thanks", "order", "refund", "please", "the", "invoice", "update", "deploy", "lunch", "ok", "ticket", "login", "error", "today"];

    public static string Text(Random dice) => string.Join(' ', Enumerable.Range(0, dice.Next(1, 7)).Select(_ => Words[dice.Next(Words.Length)]));

    public static BsonDocument Author(BsonDocument user) =>
        new() { ["_id"] = user["_id"], ["username"] = user["username"], ["name"] = user.GetValue("name", user["username"]) };

    public static BsonDocument Visitor(BsonDocument room) =>
        new() { ["_id"] = room["v"]["_id"], ["username"] = room["v"]["username"], ["name"] = room.GetValue("fname", room["v"]["username"]) };

    /// <summary>A message someone typed; <c>token</c> marks a visitor's.</summary>
    public static BsonDocument Typed(string roomId, string text, long time, BsonDocument author, string? token = null)
    {
        var message = new BsonDocument { ["_id"] = "", ["rid"] = roomId, ["msg"] = text };
        if (token is not null)
            message["token"] = token;
        message.AddRange(new BsonDocument
        {
            ["ts"] = new BsonDateTime(time),
            ["u"] = author,
            ["_updatedAt"] = new BsonDateTime(time),
            ["urls"] = new BsonArray(),
            ["mentions"] = new BsonArray(),
            ["channels"] = new BsonArray(),
            ["md"] = Markdown(text),
        });
        return message;
    }

    /// <summary>A system message: <c>t</c> set, not grouped.</summary>
    public static BsonDocument System(string type, string roomId, string text, long time, BsonDocument author, string? token = null)
    {
        var message = new BsonDocument
        {
            ["_id"] = "",
            ["t"] = type,
            ["rid"] = roomId,
            ["ts"] = new BsonDateTime(time),
            ["msg"] = text,
            ["u"] = author,
            ["groupable"] = false,
        };
        if (token is not null)
            message["token"] = token;
        message["_updatedAt"] = new BsonDateTime(time);
        return message;
    }

    public static BsonArray Markdown(string text) =>
        [new BsonDocument { ["type"] = "PARAGRAPH", ["value"] = new BsonArray { new BsonDocument { ["type"] = "PLAIN_TEXT", ["value"] = text } } }];
}
