using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.AnalyticsOverview.Conversations;

/// <summary>
/// Per room, the messages the overview's Total_messages counts: every message with no <c>t</c> (missing or null),
/// visitor messages (with <c>token</c>) and hidden edit copies included. Unlike charts-data, the token is not read.
/// </summary>
internal static class UntypedMessages
{
    public static Dictionary<string, int> PerRoom(IReadOnlyList<BsonDocument> messages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            if (BsonPaths.String(message, "rid") is { } rid && BsonPaths.IsNullOrMissing(message, "t"))
                counts[rid] = counts.GetValueOrDefault(rid) + 1;
        }
        return counts;
    }
}
