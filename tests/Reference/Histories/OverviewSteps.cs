using MongoDB.Bson;

namespace OmniCharts.Reference.Histories;

/// <summary>
/// What the analytics overview reads and charts-data does not: agents (<c>servedBy</c>, transferred between agents;
/// <c>responseBy</c>, set once answered), hold and resume (<c>onHold</c>), rooms without <c>metrics</c> or without
/// <c>metrics.reaction</c>, and a missing <c>response.avg</c>. Applied to a room inside the changes the other steps make,
/// with its own dice, so the rest of a history (and every charts-data answer) is the same as without it.
/// </summary>
internal static class OverviewSteps
{
    // Ordinal order differs from alphabetical ("Bruno" < "ana"), and two names are not ASCII.
    private static readonly string[] Agents = ["ana", "Bruno", "chloé", "dev.patel", "émile", "zoe"];

    /// <summary>A new Omnichannel room: sometimes no <c>metrics</c> at all, sometimes already served.</summary>
    public static void Created(HistoryState s, BsonDocument room)
    {
        if (room["t"] != "l")
            return;
        if (s.Overview.NextDouble() < 0.1)
            room.Remove("metrics");
        if (s.Overview.NextDouble() < 0.4)
            room["servedBy"] = Agent(s.Overview, room);
    }

    /// <summary>An Omnichannel room another step just changed.</summary>
    public static void Changed(HistoryState s, BsonDocument room)
    {
        if (room["t"] != "l")
            return;
        var dice = s.Overview;
        if (!room.Contains("servedBy") ? dice.NextDouble() < 0.5 : dice.NextDouble() < 0.15)
            room["servedBy"] = Agent(dice, room);
        else if (room.Contains("servedBy") && dice.NextDouble() < 0.03)
            room.Remove("servedBy");

        // responseBy names who answered first and stays after a transfer; rarely it changes, which moves a minimum.
        if (room.GetValue("metrics", new BsonDocument()).AsBsonDocument.GetValue("response", BsonNull.Value) is BsonDocument { } response
            && response.Contains("ft") && (!room.Contains("responseBy") ? dice.NextDouble() < 0.85 : dice.NextDouble() < 0.05))
            room["responseBy"] = room.GetValue("servedBy", Agent(dice, room)).AsBsonDocument.DeepClone();

        if (room.Contains("open"))
        {
            if (!room.Contains("onHold") && dice.NextDouble() < 0.2)
                room["onHold"] = true;
            else if (room.Contains("onHold") && dice.NextDouble() < 0.4)
                room.Remove("onHold");
        }
        else if (room.Contains("onHold") && dice.NextDouble() < 0.7)
        {
            // Closing resumes a held room; sometimes the flag stays, which Open_conversations must not read as open.
            room.Remove("onHold");
        }

        if (room.GetValue("metrics", BsonNull.Value) is BsonDocument metrics)
        {
            if (metrics.GetValue("response", BsonNull.Value) is BsonDocument r && r.Contains("avg") && dice.NextDouble() < 0.04)
                r.Remove("avg");
            if (metrics.Contains("reaction") && dice.NextDouble() < 0.05)
                metrics.Remove("reaction");
        }
    }

    private static BsonDocument Agent(Random dice, BsonDocument room)
    {
        var username = Agents[dice.Next(Agents.Length)];
        return new BsonDocument { ["_id"] = "id-" + username, ["username"] = username, ["ts"] = room["ts"] };
    }
}
