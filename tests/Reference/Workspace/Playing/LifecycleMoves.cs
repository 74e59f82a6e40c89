using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>An Omnichannel conversation moving on: transferred, on hold, resumed, closed, reopened.</summary>
internal static class LifecycleMoves
{
    public static void Transfer(PlayContext c)
    {
        if (OmnichannelMoves.OpenRoom(c, c.Op.Target) is not { } room)
            return;
        var rid = room["_id"].AsString;
        var department = c.LiveDepartment(c.Op.With);
        var moveDepartment = department is not null && BsonPaths.String(room, "departmentId") != department;
        var current = BsonPaths.String(room, "servedBy._id");
        var candidates = c.Agents().Where(a => a["_id"].AsString != current).ToList();
        var agent = candidates.Count > 0 && (current is not null || c.Chance(0.5)) ? c.Pick(candidates) : null;
        if (!moveDepartment && agent is null)
            return;
        var by = c.UserById(current) is { } from ? MessageDocuments.Author(from) : MessageDocuments.Visitor(room);
        if (moveDepartment)
        {
            c.Db.Update(Collections.Rooms, rid, (_, _) => new DocumentUpdate().Set("departmentId", department!));
            c.Pause();
        }
        if (agent is not null)
        {
            c.Db.Update(Collections.Rooms, rid, (_, t) => new DocumentUpdate()
                .Set("servedBy", new BsonDocument { ["_id"] = agent["_id"], ["username"] = agent["username"], ["ts"] = new BsonDateTime(t) }));
            c.Pause();
        }
        RoomMessages.Post(c, rid, c.SideId("transfer"), t =>
        {
            var message = MessageDocuments.System("livechat_transfer_history", rid, "", t, by);
            var data = new BsonDocument { ["transferredBy"] = by, ["ts"] = new BsonDateTime(t), ["scope"] = moveDepartment ? "department" : "agent" };
            if (moveDepartment)
                data["nextDepartment"] = new BsonDocument("_id", department);
            if (agent is not null)
                data["transferredTo"] = MessageDocuments.Author(agent);
            message["transferData"] = data;
            return message;
        });
    }

    public static void PutOnHold(PlayContext c)
    {
        if (OmnichannelMoves.OpenRoom(c, c.Op.Target) is not { } room || room.GetValue("onHold", false) == true
            || c.UserById(BsonPaths.String(room, "servedBy._id")) is not { } agent)
            return;
        Change(c, room, new DocumentUpdate().Set("onHold", true), "omnichannel_placed_chat_on_hold", MessageDocuments.Author(agent));
    }

    public static void Resume(PlayContext c)
    {
        if (c.Room(c.Op.Target) is not { } room || room.GetValue("onHold", false) != true)
            return;
        var by = c.UserById(BsonPaths.String(room, "servedBy._id")) is { } agent ? MessageDocuments.Author(agent) : MessageDocuments.Visitor(room);
        Change(c, room, new DocumentUpdate().Unset("onHold"), "omnichannel_on_hold_chat_resumed", by);
    }

    public static void Close(PlayContext c)
    {
        if (OmnichannelMoves.OpenRoom(c, c.Op.Target) is not { } room)
            return;
        var agent = c.UserById(BsonPaths.String(room, "servedBy._id"));
        var byVisitor = agent is null || c.Chance(0.2);
        var closer = byVisitor ? MessageDocuments.Visitor(room) : MessageDocuments.Author(agent!);
        var quirk = MetricQuirks.Roll(c.Dice);
        var ts = room["ts"].AsBsonDateTime.MillisecondsSinceEpoch;
        var servedAt = BsonPaths.At(room, "servedBy.ts") is BsonDateTime served ? served.MillisecondsSinceEpoch : (long?)null;
        var update = new Func<long, DocumentUpdate>(t =>
        {
            var closing = new DocumentUpdate()
                .Set("closedAt", new BsonDateTime(t))
                .Set("closedBy", new BsonDocument { ["_id"] = closer["_id"], ["username"] = closer["username"], ["type"] = byVisitor ? "visitor" : "user" })
                .Set("closer", byVisitor ? "visitor" : "user")
                .SetMetric("metrics.chatDuration", JsNumbers.Seconds(t - ts), quirk)
                .Unset("open").Unset("onHold").Unset("waitingResponse");
            return servedAt is { } s ? closing.Set("metrics.serviceTimeDuration", JsNumbers.Seconds(t - s)) : closing;
        });
        Change(c, room, update, "livechat-close", closer, byVisitor ? room["v"]["token"].AsString : null);
    }

    // A reopened room keeps its chatDuration until it closes again.
    public static void Reopen(PlayContext c)
    {
        if (c.Room(c.Op.Target) is not { } room || BsonPaths.String(room, "t") != "l" || room.Contains("open") || !room.Contains("closedAt"))
            return;
        c.Db.Update(Collections.Rooms, room["_id"].AsString, (_, _) =>
            new DocumentUpdate().Set("open", true).Unset("closedAt").Unset("closedBy").Unset("closer"));
    }

    private static void Change(PlayContext c, BsonDocument room, DocumentUpdate update, string messageType, BsonDocument by, string? token = null) =>
        Change(c, room, _ => update, messageType, by, token);

    private static void Change(PlayContext c, BsonDocument room, Func<long, DocumentUpdate> update, string messageType, BsonDocument by, string? token = null)
    {
        var rid = room["_id"].AsString;
        if (c.Db.Update(Collections.Rooms, rid, (_, t) => update(t)) is null)
            return;
        c.Pause();
        RoomMessages.Post(c, rid, c.SideId(messageType), t => MessageDocuments.System(messageType, rid, "", t, by, token));
    }
}
