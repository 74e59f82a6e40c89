using MongoDB.Bson;
using OmniCharts.Reference.AnalyticsOverview.Time;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.AnalyticsOverview.Rooms;

/// <summary>The Omnichannel rooms (<c>t: 'l'</c>) a request reads: creation time in the range, department matching.</summary>
internal static class RoomsInRange
{
    /// <summary>Rooms with <c>from ≤ ts ≤ to</c>, in the order of the documents.</summary>
    public static List<BsonDocument> Select(IReadOnlyList<BsonDocument> rooms, LocalRange range, string? departmentId) =>
        Where(rooms, departmentId, range.Holds);

    /// <summary>Rooms with <c>from ≤ ts &lt; to</c> (On_Hold_conversations' query).</summary>
    public static List<BsonDocument> SelectBeforeEnd(IReadOnlyList<BsonDocument> rooms, LocalRange range, string? departmentId) =>
        Where(rooms, departmentId, range.HoldsBeforeEnd);

    /// <summary>A room's creation time in Unix milliseconds.</summary>
    public static long Ts(BsonDocument room) => ((BsonDateTime)room["ts"]).MillisecondsSinceEpoch;

    private static List<BsonDocument> Where(IReadOnlyList<BsonDocument> rooms, string? departmentId, Func<long, bool> inRange) =>
        [.. rooms.Where(room =>
            BsonPaths.String(room, "t") == "l" &&
            BsonPaths.At(room, "ts") is BsonDateTime ts && inRange(ts.MillisecondsSinceEpoch) &&
            (departmentId is null || BsonPaths.String(room, "departmentId") == departmentId))];
}
