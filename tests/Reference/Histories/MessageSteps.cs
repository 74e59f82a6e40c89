using MongoDB.Bson;

namespace OmniCharts.Reference.Histories;

/// <summary>Changes to messages: agent, visitor and system messages, edits with hidden copies, removals.</summary>
internal static class MessageSteps
{
    private static readonly string[] SystemTypes = ["livechat-started", "uj", "livechat-close", "command"];

    public static bool Add(HistoryState s)
    {
        if (s.LiveRooms.Count == 0)
            return false;
        var rid = s.Pick(s.LiveRooms);
        var room = s.Room(rid);
        var message = new BsonDocument
        {
            ["_id"] = s.NewId(),
            ["rid"] = rid,
            ["ts"] = room["ts"].ToUniversalTime().AddSeconds(s.Random.Next(1, 7_200)),
            ["msg"] = $"message {s.Random.Next(1000)}",
        };
        switch (s.Random.Next(10))
        {
            case < 4:
                message["u"] = Agent();
                break;
            case 4:
                // Explicit nulls count like missing fields.
                message["u"] = Agent();
                message["t"] = BsonNull.Value;
                message["token"] = BsonNull.Value;
                break;
            case < 8:
                message["u"] = new BsonDocument { ["_id"] = "visitor", ["username"] = "guest" };
                message["token"] = room.Contains("v") ? room["v"]["token"] : "visitor-token";
                break;
            default:
                message["u"] = Agent();
                message["t"] = s.Pick(SystemTypes);
                break;
        }
        Put(s, message);
        return true;
    }

    // An edit keeps the old text as a hidden copy that points at its parent; the copy counts too.
    public static bool Edit(HistoryState s) => Change(s, m => !m.Contains("_hidden"), message =>
    {
        var copy = message.DeepClone().AsBsonDocument;
        copy["_id"] = s.NewId();
        copy["_hidden"] = true;
        copy["parent"] = message["_id"];
        Put(s, copy);
        message["msg"] = $"edited {s.Random.Next(1000)}";
        message["editedAt"] = message["ts"].ToUniversalTime().AddMinutes(1);
    });

    // Removing a message with history on turns it into a system message (t: 'rm').
    public static bool GainType(HistoryState s) => Change(s, m => m.GetValue("t", BsonNull.Value).IsBsonNull, message =>
    {
        message["t"] = "rm";
        message["msg"] = "";
    });

    public static bool Delete(HistoryState s)
    {
        var rooms = s.LiveMessages.Where(p => p.Value.Count > 0).Select(p => p.Key).ToList();
        if (rooms.Count == 0)
            return false;
        var ids = s.LiveMessages[s.Pick(rooms)];
        var id = s.Pick(ids);
        ids.Remove(id);
        s.Log.Delete(Collections.Messages, id);
        return true;
    }

    private static BsonDocument Agent() => new() { ["_id"] = "agent", ["username"] = "agent", ["name"] = "Agent" };

    private static void Put(HistoryState s, BsonDocument message)
    {
        var ids = s.LiveMessages[message["rid"].AsString];
        if (!ids.Contains(message["_id"].AsString))
            ids.Add(message["_id"].AsString);
        s.Log.Put(Collections.Messages, message);
    }

    private static bool Change(HistoryState s, Func<BsonDocument, bool> applies, Action<BsonDocument> change)
    {
        var candidates = s.LiveMessages.Values.SelectMany(ids => ids)
            .Select(id => s.Log.Current(Collections.Messages, id)).Where(applies).ToList();
        if (candidates.Count == 0)
            return false;
        var message = s.Pick(candidates);
        change(message);
        Put(s, message);
        return true;
    }
}
