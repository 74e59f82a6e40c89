using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>Team chat: channels, private groups and direct messages, people joining them, and their messages.</summary>
internal static class TeamMoves
{
    public static void CreateTeamRoom(PlayContext c)
    {
        var type = c.Op.With is "p" or "d" ? c.Op.With : "c";
        var users = c.Users();
        if (users.Count < (type == "d" ? 2 : 1))
            return;
        var creator = c.Pick(users);
        if (type == "d")
        {
            var other = c.Pick(users.Where(u => u["_id"] != creator["_id"]).ToList());
            var pair = new[] { creator, other }.OrderBy(u => u["_id"].AsString, StringComparer.Ordinal).ToArray();
            // Rocket.Chat names a direct message by its two user ids.
            var id = pair[0]["_id"].AsString + pair[1]["_id"].AsString;
            if (c.Db.Insert(Collections.Rooms, id, t => new BsonDocument
            {
                ["_id"] = id,
                ["t"] = "d",
                ["msgs"] = 0,
                ["usersCount"] = 2,
                ["ts"] = new BsonDateTime(t),
                ["usernames"] = new BsonArray(pair.Select(u => u["username"])),
                ["uids"] = new BsonArray(pair.Select(u => u["_id"])),
                ["_updatedAt"] = new BsonDateTime(t),
            }, versioned: !c.Op.Unversioned) is not null)
                c.RoomIds[c.Op.Target] = id;
            return;
        }
        var name = (type == "c" ? "channel-" : "group-") + c.Op.Target.ToLowerInvariant();
        c.Db.Insert(Collections.Rooms, c.Id(c.Op.Target), t => new BsonDocument
        {
            ["_id"] = "",
            ["fname"] = name,
            ["customFields"] = new BsonDocument(),
            ["description"] = "",
            ["broadcast"] = false,
            ["encrypted"] = false,
            ["name"] = name,
            ["t"] = type,
            ["msgs"] = 0,
            ["usersCount"] = 1,
            ["u"] = new BsonDocument { ["_id"] = creator["_id"], ["username"] = creator["username"] },
            ["ts"] = new BsonDateTime(t),
            ["ro"] = false,
            ["default"] = false,
            ["sysMes"] = true,
            ["_updatedAt"] = new BsonDateTime(t),
        }, versioned: !c.Op.Unversioned);
    }

    public static void JoinTeamRoom(PlayContext c)
    {
        if (c.Room(c.Op.Target) is not { } room || BsonPaths.String(room, "t") is not ("c" or "p"))
            return;
        var user = c.Pick(c.Users());
        var rid = room["_id"].AsString;
        if (RoomMessages.Post(c, rid, c.SideId("uj"), t =>
            MessageDocuments.System("uj", rid, user["username"].AsString, t, MessageDocuments.Author(user))) is not null)
            c.Db.Update(Collections.Rooms, rid, (_, _) => new DocumentUpdate().Inc("usersCount", 1));
    }

    public static void SendTeamMessage(PlayContext c)
    {
        if (c.Op.With is not { } roomLabel || c.Room(roomLabel) is not { } room || BsonPaths.String(room, "t") is not ("c" or "p" or "d"))
            return;
        var author = BsonPaths.String(room, "t") == "d"
            ? c.UserById(BsonPaths.Strings(room, "uids").ElementAtOrDefault(c.Dice.Next(2)))
            : c.Pick(c.Users());
        if (author is null)
            return;
        var rid = room["_id"].AsString;
        var text = MessageDocuments.Text(c.Dice);
        RoomMessages.Post(c, rid, c.Id(c.Op.Target), t => MessageDocuments.Typed(rid, text, t, MessageDocuments.Author(author)), versioned: !c.Op.Unversioned);
    }
}
