using System.Globalization;
using MongoDB.Bson;
using OmniCharts.Reference.AnalyticsOverview.Formatting;
using OmniCharts.Reference.AnalyticsOverview.Rooms;
using OmniCharts.Reference.AnalyticsOverview.Time;
using OmniCharts.Reference.Bson;
using OmniCharts.Reference.ChartsData.Json;

namespace OmniCharts.Reference.AnalyticsOverview.Conversations;

/// <summary>overview <c>name=Conversations</c> (analytics-overview.md §3): seven cards, counts as numbers, the rest strings.</summary>
internal static class ConversationsCards
{
    public static IReadOnlyList<(string Title, string JsonValue)> Of(RawDocuments data, LocalRange range, string? departmentId)
    {
        var rooms = RoomsInRange.Select(data.Rooms, range, departmentId);
        var untyped = UntypedMessages.PerRoom(data.Messages);
        var weighted = rooms.Select(room =>
        {
            var (day, hour) = range.LocalDayAndHour(RoomsInRange.Ts(room));
            return new WeightedRoom(day, hour, Math.Max(1, untyped.GetValueOrDefault(BsonPaths.String(room, "_id") ?? "")));
        }).ToList();
        var onHold = RoomsInRange.SelectBeforeEnd(data.Rooms, range, departmentId)
            .Count(room => BsonPaths.At(room, "onHold") is BsonBoolean { Value: true });
        var busiest = BusiestTime.Of(weighted);
        return
        [
            ("Total_conversations", Number(rooms.Count)),
            ("Open_conversations", Number(rooms.Count(IsOpen))),
            ("On_Hold_conversations", Number(onHold)),
            ("Total_messages", Number(weighted.Sum(r => (long)r.Messages))),
            // DayOfWeek's names are the English weekday names.
            ("Busiest_day", JsJson.Quote(busiest is { } b ? b.Day.DayOfWeek.ToString() : "-")),
            ("Conversations_per_day", JsJson.Quote(JsToFixed.TwoDigits((double)rooms.Count / range.Days))),
            ("Busiest_time", JsJson.Quote(busiest is { } t ? HourLabel.Of(t.Hour) : "-")),
        ];
    }

    // `room.metrics && !room.metrics.chatDuration && !room.onHold`; the room's `open` flag is not read.
    private static bool IsOpen(BsonDocument room) =>
        BsonPaths.At(room, "metrics") is BsonDocument &&
        !JsTruthiness.IsTruthy(BsonPaths.At(room, "metrics.chatDuration")) &&
        !JsTruthiness.IsTruthy(BsonPaths.At(room, "onHold"));

    private static string Number(long count) => count.ToString(CultureInfo.InvariantCulture);
}
