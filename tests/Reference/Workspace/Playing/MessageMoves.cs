using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>Messages edited (with Rocket.Chat's edit history), deleted, and deleted with status.</summary>
internal static class MessageMoves
{
    public static void Edit(PlayContext c)
    {
        if (Visible(c) is not { } message || !BsonPaths.IsNullOrMissing(message, "t"))
            return;
        var id = message["_id"].AsString;
        var editor = Editor(message);
        var text = "edited: " + MessageDocuments.Text(c.Dice);
        SaveHistory(c, message, editor);
        c.Db.Update(Collections.Messages, id, (_, t) => new DocumentUpdate()
            .Set("msg", text).Set("md", MessageDocuments.Markdown(text)).Set("editedAt", new BsonDateTime(t)).Set("editedBy", editor));
        RoomMessages.Relink(c, message["rid"].AsString, id, 0);
    }

    public static void Delete(PlayContext c)
    {
        if (Visible(c) is not { } message)
            return;
        c.Db.Delete(Collections.Messages, message["_id"].AsString);
        RoomMessages.Relink(c, message["rid"].AsString, message["_id"].AsString, -1);
    }

    // With "show deleted status" on, the message stays as t: 'rm' with an empty text; with "keep history" on, a copy first.
    public static void DeleteWithStatus(PlayContext c)
    {
        if (Visible(c) is not { } message || BsonPaths.String(message, "t") == "rm")
            return;
        var id = message["_id"].AsString;
        var editor = Editor(message);
        if (c.Chance(0.5))
            SaveHistory(c, message, editor);
        c.Db.Update(Collections.Messages, id, (_, t) => new DocumentUpdate()
            .Set("msg", "").Set("t", "rm").Set("urls", new BsonArray()).Set("mentions", new BsonArray()).Set("attachments", new BsonArray())
            .Set("editedAt", new BsonDateTime(t)).Set("editedBy", editor).Unset("md"));
        RoomMessages.Relink(c, message["rid"].AsString, id, 0);
    }

    // Rocket.Chat's cloneAndSaveAsHistory: the old version under a new _id, hidden, pointing at its parent.
    private static void SaveHistory(PlayContext c, BsonDocument message, BsonDocument editor)
    {
        var copyId = c.SideId("history");
        c.Db.Insert(Collections.Messages, copyId, t =>
        {
            var copy = (BsonDocument)message.Clone();
            copy["_id"] = copyId;
            copy["_updatedAt"] = new BsonDateTime(t);
            copy["_hidden"] = true;
            copy["parent"] = message["_id"];
            copy["editedAt"] = new BsonDateTime(t);
            copy["editedBy"] = editor;
            return copy;
        });
        c.Pause();
    }

    private static BsonDocument? Visible(PlayContext c) =>
        c.Db.Find(Collections.Messages, c.Id(c.Op.Target)) is { } message && !message.GetValue("_hidden", false).ToBoolean()
            && message.GetValue("rid", BsonNull.Value).IsString ? message : null;

    private static BsonDocument Editor(BsonDocument message) =>
        new() { ["_id"] = BsonPaths.At(message, "u._id") ?? "unknown", ["username"] = BsonPaths.At(message, "u.username") ?? "unknown" };
}
