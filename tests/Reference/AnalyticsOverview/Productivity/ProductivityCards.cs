using MongoDB.Bson;
using OmniCharts.Reference.AnalyticsOverview.Formatting;
using OmniCharts.Reference.AnalyticsOverview.Rooms;
using OmniCharts.Reference.Bson;
using OmniCharts.Reference.ChartsData.Json;

namespace OmniCharts.Reference.AnalyticsOverview.Productivity;

/// <summary>
/// overview <c>name=Productivity</c> (analytics-overview.md §4): three means over the rooms whose <c>metrics.response</c>
/// and <c>metrics.reaction</c> are both objects, zeros included, as HH:MM:SS.
/// </summary>
internal static class ProductivityCards
{
    private static readonly (string Title, string Path)[] Cards =
    [
        ("Avg_response_time", "metrics.response.avg"),
        ("Avg_first_response_time", "metrics.response.ft"),
        ("Avg_reaction_time", "metrics.reaction.ft"),
    ];

    public static IReadOnlyList<(string Title, string JsonValue)> Of(IReadOnlyList<BsonDocument> roomsInRange)
    {
        var counted = roomsInRange
            .Where(r => BsonPaths.At(r, "metrics.response") is BsonDocument && BsonPaths.At(r, "metrics.reaction") is BsonDocument)
            .ToList();
        return [.. Cards.Select(c => (c.Title, JsJson.Quote(HhMmSs.OfFixed(Mean(counted, c.Path)))))];
    }

    // Rocket.Chat adds the raw fields in JavaScript: null adds 0, undefined turns the sum into NaN. A value that is neither
    // a finite number nor null (a string, say) is out of the spec's reach and reads as NaN here too.
    private static double Mean(IReadOnlyList<BsonDocument> rooms, string path)
    {
        if (rooms.Count == 0)
            return 0;
        long milliseconds = 0;
        foreach (var room in rooms)
        {
            switch (BsonPaths.At(room, path))
            {
                case BsonNull:
                    break;
                case { IsNumeric: true } number when double.IsFinite(number.ToDouble()):
                    milliseconds += MetricMilliseconds.Of(number.ToDouble());
                    break;
                default:
                    return double.NaN;
            }
        }
        return (double)milliseconds / rooms.Count / 1000;
    }
}
