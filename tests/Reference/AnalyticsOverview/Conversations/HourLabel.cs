namespace OmniCharts.Reference.AnalyticsOverview.Conversations;

/// <summary>Busiest_time's label of a local hour: <c>12AM - 1AM</c>, <c>11AM - 12PM</c>, <c>11PM - 12AM</c>.</summary>
internal static class HourLabel
{
    public static string Of(int hour) => $"{TwelveHour(hour)} - {TwelveHour((hour + 1) % 24)}";

    private static string TwelveHour(int hour) => $"{(hour % 12 == 0 ? 12 : hour % 12)}{(hour < 12 ? "AM" : "PM")}";
}
