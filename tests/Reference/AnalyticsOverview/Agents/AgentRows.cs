using System.Globalization;
using MongoDB.Bson;
using OmniCharts.Reference.AnalyticsOverview.Formatting;
using OmniCharts.Reference.AnalyticsOverview.Rooms;
using OmniCharts.Reference.Bson;
using OmniCharts.Reference.ChartsData.Json;
using OmniCharts.Reference.ChartsData.Metrics;

namespace OmniCharts.Reference.AnalyticsOverview.Agents;

/// <summary>
/// An agent-overview variant's rows over the rooms of the range, in the strict order: <c>parseFloat(value)</c> descending
/// or ascending, then the username (ordinal, ascending) where Rocket.Chat's order is undefined.
/// </summary>
internal static class AgentRows
{
    public static IReadOnlyList<AgentRow> Of(AgentVariant variant, IReadOnlyList<BsonDocument> roomsInRange, IReadOnlyList<BsonDocument> messages)
    {
        // A room "has the agent" when the username is a string: the spec groups by it and skips rooms without one.
        var rooms = roomsInRange
            .Select(room => (Room: room, Agent: BsonPaths.String(room, variant.AgentPath)))
            .Where(r => r.Agent is not null && (variant.MetricPath is null || BsonPaths.Number(r.Room, variant.MetricPath) > 0))
            .ToList();
        var rows = variant.Kind switch
        {
            AgentValueKind.Share => Shares(rooms),
            AgentValueKind.MessageCount => MessageCounts(rooms, CountedMessages.PerRoom(messages)),
            AgentValueKind.Mean => Durations(rooms, variant.MetricPath!, ms => (double)ms.Sum() / ms.Count / 1000),
            AgentValueKind.Minimum => Durations(rooms, variant.MetricPath!, ms => ms.Min() / 1000.0),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant.Kind, "not a variant"),
        };
        var ordered = variant.Descending ? rows.OrderByDescending(r => r.SortKey) : rows.OrderBy(r => r.SortKey);
        return [.. ordered.ThenBy(r => r.Username, StringComparer.Ordinal)];
    }

    private static IEnumerable<AgentRow> Shares(List<(BsonDocument Room, string? Agent)> rooms) =>
        rooms.GroupBy(r => r.Agent!, StringComparer.Ordinal).Select(g =>
        {
            var text = JsToFixed.TwoDigits((double)g.Count() / rooms.Count * 100) + "%";
            return new AgentRow(g.Key, JsJson.Quote(text), JsParseFloat.Parse(text));
        });

    private static IEnumerable<AgentRow> MessageCounts(List<(BsonDocument Room, string? Agent)> rooms, Dictionary<string, int> counted) =>
        rooms.GroupBy(r => r.Agent!, StringComparer.Ordinal).Select(g =>
        {
            var total = g.Sum(r => (long)Math.Max(1, counted.GetValueOrDefault(BsonPaths.String(r.Room, "_id") ?? "")));
            return new AgentRow(g.Key, total.ToString(CultureInfo.InvariantCulture), total);
        });

    private static IEnumerable<AgentRow> Durations(List<(BsonDocument Room, string? Agent)> rooms, string metricPath, Func<List<long>, double> seconds) =>
        rooms.GroupBy(r => r.Agent!, StringComparer.Ordinal).Select(g =>
        {
            var milliseconds = g.Select(r => MetricMilliseconds.Of(BsonPaths.Number(r.Room, metricPath)!.Value)).ToList();
            var text = HhMmSs.OfFixed(seconds(milliseconds));
            return new AgentRow(g.Key, JsJson.Quote(text), JsParseFloat.Parse(text));
        });
}
