using MongoDB.Bson;
using MongoDB.Bson.IO;

namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>
/// What the change stream stores in <c>checkpoint:changestream</c>: the resume token and the source time of the
/// newest change published before it. The time is the safe point a catch-up poll starts from when the token
/// has expired: every change after the token happened after that change.
/// </summary>
/// <param name="Token">The resume token.</param>
/// <param name="LastChangeMs">Unix ms of the newest change (its <c>wallTime</c>, else its <c>clusterTime</c> second), or of the stream's opening.</param>
public sealed record StreamCheckpoint(BsonDocument Token, long LastChangeMs)
{
    /// <summary>The checkpoint name of the change stream.</summary>
    public const string Source = "changestream";

    /// <summary>Canonical extended JSON: <c>{"token": {...}, "lastChange": {"$numberLong": "…"}}</c>.</summary>
    public override string ToString() =>
        new BsonDocument { ["token"] = Token, ["lastChange"] = LastChangeMs }
            .ToJson(new JsonWriterSettings { OutputMode = JsonOutputMode.CanonicalExtendedJson });

    /// <summary>Reads <see cref="ToString"/>'s text back.</summary>
    public static StreamCheckpoint Parse(string text)
    {
        var document = BsonDocument.Parse(text);
        return new StreamCheckpoint(document["token"].AsBsonDocument, document["lastChange"].ToInt64());
    }

    /// <summary>The source time of <paramref name="changeEvent"/> in Unix ms: <c>wallTime</c>, else the start of its <c>clusterTime</c> second.</summary>
    public static long? TimeOf(BsonDocument changeEvent)
    {
        if (changeEvent.TryGetValue("wallTime", out var wallTime) && wallTime.IsBsonDateTime)
            return wallTime.AsBsonDateTime.MillisecondsSinceEpoch;
        if (changeEvent.TryGetValue("clusterTime", out var clusterTime) && clusterTime.IsBsonTimestamp)
            return clusterTime.AsBsonTimestamp.Timestamp * 1000L;
        return null;
    }
}
