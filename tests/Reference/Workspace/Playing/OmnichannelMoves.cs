using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>An Omnichannel conversation starting: the visitor opens it and writes, an agent takes it, system messages.</summary>
internal static class OmnichannelMoves
{
    private static readonly string[] Sources = ["widget", "widget", "widget", "api", "email", "sms"];
    private static readonly string[] SystemTypes = ["command", "livechat_navigation_history", "livechat_webrtc_video_call", "uj"];

    public static void Open(PlayContext c)
    {
        var id = c.Id(c.Op.Target);
        var department = c.LiveDepartment(c.Op.With);
        var withMetrics = c.Chance(0.9);
        var source = c.Pick(Sources);
        var visitor = new BsonDocument
        {
            ["_id"] = Ids.Meteor(c.Seed, "visitor:" + c.Op.Target),
            ["username"] = "guest-" + c.Op.Target.ToLowerInvariant(),
            ["token"] = Ids.Meteor(c.Seed, "visitor-token:" + c.Op.Target),
            ["status"] = "online",
        };
        var time = c.Db.Insert(Collections.Rooms, id, t =>
        {
            var room = new BsonDocument
            {
                ["_id"] = id, ["msgs"] = 0, ["usersCount"] = 1, ["lm"] = new BsonDateTime(t), ["fname"] = "Visitor " + c.Op.Target,
                ["t"] = "l", ["ts"] = new BsonDateTime(t),
            };
            if (department is not null)
                room["departmentId"] = department;
            room.AddRange(new BsonDocument
            {
                ["v"] = visitor, ["cl"] = false, ["open"] = true, ["waitingResponse"] = true,
                ["source"] = new BsonDocument("type", source), ["queuedAt"] = new BsonDateTime(t), ["_updatedAt"] = new BsonDateTime(t),
            });
            if (withMetrics)
                room["metrics"] = new BsonDocument("v", new BsonDocument("lq", new BsonDateTime(t)));
            return room;
        }, versioned: !c.Op.Unversioned);
        if (time is null)
            return;
        c.Pause();
        RoomMessages.Post(c, id, c.SideId("started"), t => MessageDocuments.System("livechat-started", id, "", t,
            new BsonDocument { ["_id"] = visitor["_id"], ["username"] = visitor["username"] }, visitor["token"].AsString));
    }

    public static void VisitorMessage(PlayContext c)
    {
        if (c.Op.With is not { } label || OpenRoom(c, label) is not { } room)
            return;
        var rid = room["_id"].AsString;
        var text = MessageDocuments.Text(c.Dice);
        var time = RoomMessages.Post(c, rid, c.Id(c.Op.Target),
            t => MessageDocuments.Typed(rid, text, t, MessageDocuments.Visitor(room), room["v"]["token"].AsString));
        if (time is { } sent)
            c.Db.Update(Collections.Rooms, rid, (_, _) => new DocumentUpdate().Set("metrics.v.lq", new BsonDateTime(sent)).Set("v.lastMessageTs", new BsonDateTime(sent)));
    }

    public static void Take(PlayContext c)
    {
        if (OpenRoom(c, c.Op.Target) is not { } room || room.Contains("servedBy") || c.Agents() is not { Count: > 0 } agents)
            return;
        var agent = c.Pick(agents);
        var quirk = MetricQuirks.Roll(c.Dice);
        var rid = room["_id"].AsString;
        var ts = room["ts"].AsBsonDateTime.MillisecondsSinceEpoch;
        var taken = c.Db.Update(Collections.Rooms, rid, (_, t) =>
        {
            var update = new DocumentUpdate()
                .Set("servedBy", new BsonDocument { ["_id"] = agent["_id"], ["username"] = agent["username"], ["ts"] = new BsonDateTime(t) })
                .Inc("usersCount", 1);
            if (quirk == MetricQuirk.ObjectMissing)
                return update;
            var reaction = JsNumbers.Seconds(t - ts);
            return update.Set("metrics.reaction.fd", new BsonDateTime(t)).SetMetric("metrics.reaction.ft", reaction, quirk).Set("metrics.reaction.tt", reaction);
        });
        if (taken is null)
            return;
        c.Pause();
        RoomMessages.Post(c, rid, c.SideId("uj"), t => MessageDocuments.System("uj", rid, agent["username"].AsString, t, MessageDocuments.Author(agent)));
    }

    public static void AgentMessage(PlayContext c)
    {
        if (c.Op.With is not { } label || OpenRoom(c, label) is not { } room || c.UserById(BsonPaths.String(room, "servedBy._id")) is not { } agent)
            return;
        var rid = room["_id"].AsString;
        var text = MessageDocuments.Text(c.Dice);
        if (RoomMessages.Post(c, rid, c.Id(c.Op.Target), t => MessageDocuments.Typed(rid, text, t, MessageDocuments.Author(agent))) is { } sent)
            ResponseAnalytics.Record(c, rid, agent, sent);
    }

    public static void SystemMessage(PlayContext c)
    {
        if (c.Op.With is not { } label || c.Room(label) is not { } room || BsonPaths.String(room, "t") != "l")
            return;
        var author = c.UserById(BsonPaths.String(room, "servedBy._id")) is { } agent ? MessageDocuments.Author(agent) : MessageDocuments.Visitor(room);
        var type = c.Pick(SystemTypes);
        var rid = room["_id"].AsString;
        RoomMessages.Post(c, rid, c.Id(c.Op.Target), t => MessageDocuments.System(type, rid, type == "command" ? "transcript" : "", t, author));
    }

    /// <summary>The room of <paramref name="label"/> when it is an open Omnichannel room.</summary>
    public static BsonDocument? OpenRoom(PlayContext c, string label) =>
        c.Room(label) is { } room && BsonPaths.String(room, "t") == "l" && room.GetValue("open", false) == true ? room : null;
}
