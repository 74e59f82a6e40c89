using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.ChartsData.Metrics;

/// <summary>The value of one chart over the rooms of one bucket (charts-data.md §2).</summary>
internal static class BucketValue
{
    public static double Of(string chartName, IReadOnlyList<BsonDocument> rooms, IReadOnlyDictionary<string, int> counted) =>
        chartName switch
        {
            ChartNames.TotalConversations => rooms.Count,
            ChartNames.TotalMessages => rooms.Sum(r => Math.Max(1, counted.GetValueOrDefault(BsonPaths.String(r, "_id") ?? ""))),
            ChartNames.AvgChatDuration => Mean(rooms, "metrics.chatDuration"),
            ChartNames.AvgFirstResponseTime => Mean(rooms, "metrics.response.ft"),
            ChartNames.BestFirstResponseTime => Minimum(rooms, "metrics.response.ft"),
            ChartNames.AvgResponseTime => Mean(rooms, "metrics.response.avg"),
            ChartNames.AvgReactionTime => Mean(rooms, "metrics.reaction.ft"),
            _ => throw new ArgumentOutOfRangeException(nameof(chartName), chartName, "not a chart"),
        };

    // Rocket.Chat adds doubles in query order; summing exact milliseconds instead can differ from it in
    // the last ulp, which only shows at an exact half-cent tie. Values have millisecond precision.
    private static double Mean(IReadOnlyList<BsonDocument> rooms, string path)
    {
        var milliseconds = Positive(rooms, path).ToList();
        return milliseconds.Count == 0 ? 0 : JsMath.RoundToCents(milliseconds.Sum() / 1000.0 / milliseconds.Count);
    }

    private static double Minimum(IReadOnlyList<BsonDocument> rooms, string path)
    {
        var milliseconds = Positive(rooms, path).ToList();
        return milliseconds.Count == 0 ? 0 : JsMath.RoundToCents(milliseconds.Min() / 1000.0);
    }

    private static IEnumerable<long> Positive(IReadOnlyList<BsonDocument> rooms, string path) =>
        rooms.Select(r => BsonPaths.Number(r, path))
            .Where(v => v > 0)
            .Select(v => (long)Math.Round(v!.Value * 1000, MidpointRounding.AwayFromZero));
}
