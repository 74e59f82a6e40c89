using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>
/// What an agent's message does to the room's metrics, as Rocket.Chat's analytics hook writes them: the first
/// answer sets <c>metrics.response</c> (<c>ft</c>, <c>avg</c>, <c>tt</c>, <c>total</c>) and <c>responseBy</c>; a later
/// answer to a newer visitor message moves <c>tt</c>, <c>total</c> and <c>avg = tt / total</c>.
/// </summary>
internal static class ResponseAnalytics
{
    public static void Record(PlayContext c, string roomId, BsonDocument agent, long sent)
    {
        var room = c.Db.Find(Collections.Rooms, roomId)!;
        var lastQuery = (BsonPaths.At(room, "metrics.v.lq") ?? room["ts"]).AsBsonDateTime.MillisecondsSinceEpoch;
        var seconds = (sent - lastQuery) / 1000.0;
        var quirk = MetricQuirks.Roll(c.Dice);
        if (!room.Contains("responseBy"))
        {
            if (quirk != MetricQuirk.ObjectMissing)
            {
                c.Db.Update(Collections.Rooms, roomId, (_, _) => new DocumentUpdate()
                    .SetMetric("metrics.response.avg", JsNumbers.Of(seconds), quirk == MetricQuirk.FieldMissing ? MetricQuirk.Normal : quirk)
                    .Set("metrics.response.fd", new BsonDateTime(sent))
                    .SetMetric("metrics.response.ft", JsNumbers.Of(seconds), quirk)
                    .Set("metrics.response.total", 1)
                    .Set("metrics.response.tt", JsNumbers.Of(seconds))
                    .Unset("waitingResponse"));
                c.Pause();
            }
            c.Db.Update(Collections.Rooms, roomId, (_, _) => new DocumentUpdate().Set("responseBy", new BsonDocument
            {
                ["_id"] = agent["_id"], ["username"] = agent["username"], ["firstResponseTs"] = new BsonDateTime(sent), ["lastMessageTs"] = new BsonDateTime(sent),
            }));
            return;
        }

        var lastAnswer = BsonPaths.At(room, "responseBy.lastMessageTs") is BsonDateTime answered ? answered.MillisecondsSinceEpoch : long.MinValue;
        if (lastQuery > lastAnswer && BsonPaths.At(room, "metrics.response") is BsonDocument)
        {
            var total = JsNumbers.Read(BsonPaths.At(room, "metrics.response.total")) + 1;
            var tt = JsNumbers.Read(BsonPaths.At(room, "metrics.response.tt")) + seconds;
            var averageQuirk = quirk is MetricQuirk.Zero or MetricQuirk.Null ? quirk : MetricQuirk.Normal;
            c.Db.Update(Collections.Rooms, roomId, (_, _) => new DocumentUpdate()
                .SetMetric("metrics.response.avg", JsNumbers.Of(tt / total), averageQuirk)
                .Set("metrics.response.total", JsNumbers.Of(total))
                .Set("metrics.response.tt", JsNumbers.Of(tt)));
            c.Pause();
        }
        c.Db.Update(Collections.Rooms, roomId, (_, _) => new DocumentUpdate().Set("responseBy.lastMessageTs", new BsonDateTime(sent)));
    }
}
