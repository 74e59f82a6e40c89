using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>The room document of an imported, closed Omnichannel conversation, with every metric it would have.</summary>
internal static class ImportedRoom
{
    public static BsonDocument Build(PlayContext c, BsonDocument agent, long ts, long taken, long answered, long closedAt, int messages)
    {
        var visitorId = Ids.Meteor(c.Seed, "visitor:" + c.Op.Target);
        var room = new BsonDocument
        {
            ["_id"] = c.Id(c.Op.Target), ["msgs"] = messages, ["usersCount"] = 2, ["lm"] = new BsonDateTime(closedAt),
            ["fname"] = "Visitor " + c.Op.Target, ["t"] = "l", ["ts"] = new BsonDateTime(ts),
        };
        if (c.LiveDepartment(c.Op.With) is { } department)
            room["departmentId"] = department;
        var firstResponse = JsNumbers.Seconds(answered - ts);
        room.AddRange(new BsonDocument
        {
            ["v"] = new BsonDocument
            {
                ["_id"] = visitorId, ["username"] = "guest-" + c.Op.Target.ToLowerInvariant(),
                ["token"] = Ids.Meteor(c.Seed, "visitor-token:" + c.Op.Target), ["status"] = "offline",
            },
            ["cl"] = false,
            ["source"] = new BsonDocument("type", "widget"),
            ["servedBy"] = new BsonDocument { ["_id"] = agent["_id"], ["username"] = agent["username"], ["ts"] = new BsonDateTime(taken) },
            ["responseBy"] = new BsonDocument
            {
                ["_id"] = agent["_id"], ["username"] = agent["username"], ["firstResponseTs"] = new BsonDateTime(answered), ["lastMessageTs"] = new BsonDateTime(answered),
            },
            ["metrics"] = new BsonDocument
            {
                ["v"] = new BsonDocument("lq", new BsonDateTime(ts)),
                ["reaction"] = new BsonDocument { ["fd"] = new BsonDateTime(taken), ["ft"] = JsNumbers.Seconds(taken - ts), ["tt"] = JsNumbers.Seconds(taken - ts) },
                ["response"] = new BsonDocument
                {
                    ["avg"] = firstResponse, ["fd"] = new BsonDateTime(answered), ["ft"] = firstResponse, ["total"] = 1, ["tt"] = firstResponse,
                },
                ["chatDuration"] = JsNumbers.Seconds(closedAt - ts),
                ["serviceTimeDuration"] = JsNumbers.Seconds(closedAt - taken),
            },
            ["closedAt"] = new BsonDateTime(closedAt),
            ["closedBy"] = new BsonDocument { ["_id"] = agent["_id"], ["username"] = agent["username"], ["type"] = "user" },
            ["closer"] = "user",
        });
        return room;
    }
}
