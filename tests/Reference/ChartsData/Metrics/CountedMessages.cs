using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.ChartsData.Metrics;

/// <summary>
/// Per room, the messages Total_messages counts: no <c>t</c> and no <c>token</c> (missing or null),
/// whenever sent, hidden edit copies included.
/// </summary>
internal static class CountedMessages
{
    public static Dictionary<string, int> PerRoom(IReadOnlyList<BsonDocument> messages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            if (BsonPaths.String(message, "rid") is not { } rid ||
                !BsonPaths.IsNullOrMissing(message, "t") ||
                !BsonPaths.IsNullOrMissing(message, "token"))
                continue;
            counts[rid] = counts.GetValueOrDefault(rid) + 1;
        }
        return counts;
    }
}
