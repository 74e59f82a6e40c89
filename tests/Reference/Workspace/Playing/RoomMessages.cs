using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>Messages as they move their room: a new message sets <c>lm</c> and <c>lastMessage</c> and adds 1 to <c>msgs</c>.</summary>
internal static class RoomMessages
{
    /// <summary>Inserts a message, then updates its room; an unversioned (imported) message leaves the room alone.</summary>
    public static long? Post(PlayContext c, string roomId, string messageId, Func<long, BsonDocument> build, bool versioned = true)
    {
        if (c.Db.Find(Collections.Rooms, roomId) is null)
            return null;
        var time = c.Db.Insert(Collections.Messages, messageId, build, versioned);
        if (time is null || !versioned)
            return time;
        var message = c.Db.Find(Collections.Messages, messageId)!;
        c.Pause();
        c.Db.Update(Collections.Rooms, roomId, (_, _) => new DocumentUpdate()
            .Set("lastMessage", message).Set("lm", new BsonDateTime(time.Value)).Inc("msgs", 1));
        c.Pause();
        return time;
    }

    /// <summary>After a message left or changed: the room's <c>lastMessage</c> follows, and <c>msgs</c> moves by <paramref name="countChange"/>.</summary>
    public static void Relink(PlayContext c, string roomId, string messageId, int countChange)
    {
        c.Pause();
        c.Db.Update(Collections.Rooms, roomId, (room, _) =>
        {
            var wasLast = BsonPaths.String(room, "lastMessage._id") == messageId;
            if (!wasLast && countChange == 0)
                return null;
            var update = new DocumentUpdate();
            if (countChange != 0)
                update.Inc("msgs", countChange);
            if (wasLast && Newest(c, roomId) is { } newest)
                update.Set("lastMessage", newest);
            else if (wasLast)
                update.Unset("lastMessage");
            return update;
        });
    }

    private static BsonDocument? Newest(PlayContext c, string roomId) =>
        c.Db.MessagesOf(roomId).Reverse().Select(id => c.Db.Find(Collections.Messages, id)!)
            .FirstOrDefault(m => !m.GetValue("_hidden", false).ToBoolean());
}
