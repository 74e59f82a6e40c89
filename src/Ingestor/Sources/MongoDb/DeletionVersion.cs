using MongoDB.Bson;

namespace OmniCharts.Ingestor.Sources.MongoDb;

/// <summary>
/// The version a deletion carries. It must be newer than every <c>_updatedAt</c> the document had, since the
/// projector keeps a tombstone only if it outranks the changes it may still receive.
/// </summary>
internal static class DeletionVersion
{
    /// <summary>
    /// <c>wallTime</c> (MongoDB 6.0+, milliseconds) when present; otherwise the last millisecond of the
    /// <c>clusterTime</c> second, because a timestamp only has whole seconds and an update earlier in that
    /// second may carry any millisecond of it. Null when the event has neither.
    /// </summary>
    public static long? Of(BsonDocument changeEvent)
    {
        if (changeEvent.TryGetValue("wallTime", out var wallTime) && wallTime.IsBsonDateTime)
            return wallTime.AsBsonDateTime.MillisecondsSinceEpoch;
        if (changeEvent.TryGetValue("clusterTime", out var clusterTime) && clusterTime.IsBsonTimestamp)
            return clusterTime.AsBsonTimestamp.Timestamp * 1000L + 999;
        return null;
    }
}
