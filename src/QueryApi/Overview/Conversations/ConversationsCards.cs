using OmniCharts.QueryApi.Overview.Formatting;
using OmniCharts.QueryApi.Overview.Requests;

namespace OmniCharts.QueryApi.Overview.Conversations;

/// <summary>overview <c>name=Conversations</c> (analytics-overview.md §3): seven cards, counts as numbers, the rest strings.</summary>
public static class ConversationsCards
{
    /// <summary>
    /// The body from the range's numbers: rooms, open rooms, rooms on hold before the range's last millisecond, Σ max(1, m),
    /// and the busiest local day and its busiest hour (null without rooms).
    /// </summary>
    public static byte[] Body(LocalRange range, long rooms, long open, long held, long messages, (DateOnly Day, int Hour)? busiest)
    {
        ArgumentNullException.ThrowIfNull(range);
        busiest = rooms > 0 ? busiest : null;
        var json = new OverviewJson().Raw("[");
        Card(json, "Total_conversations", first: true).Number(rooms);
        Card(json, "Open_conversations").Number(open);
        Card(json, "On_Hold_conversations").Number(held);
        Card(json, "Total_messages").Number(messages);
        Card(json, "Busiest_day").String(busiest is { } day ? day.Day.DayOfWeek.ToString() : "-");
        Card(json, "Conversations_per_day").String(JsFixed.TwoDigits((double)rooms / range.Days));
        Card(json, "Busiest_time").String(busiest is { } time ? HourLabel(time.Hour) : "-");
        return json.Raw("}]").ToUtf8();
    }

    internal static OverviewJson Card(OverviewJson json, string title, bool first = false) =>
        json.Raw(first ? "{\"title\":" : "},{\"title\":").String(title).Raw(",\"value\":");

    // 12AM - 1AM, 11AM - 12PM, 12PM - 1PM, 11PM - 12AM.
    private static string HourLabel(int hour) => $"{TwelveHour(hour)} - {TwelveHour((hour + 1) % 24)}";

    private static string TwelveHour(int hour) => $"{(hour % 12 == 0 ? 12 : hour % 12)}{(hour < 12 ? "AM" : "PM")}";
}
