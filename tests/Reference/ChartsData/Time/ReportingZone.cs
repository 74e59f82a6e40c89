using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.ChartsData.Time;

/// <summary>The reporting time zone of charts-data.md §5, from the stored settings and the caller.</summary>
internal static class ReportingZone
{
    public static TimeZoneInfo Resolve(IReadOnlyList<BsonDocument> settings, BsonDocument caller, string serverZone)
    {
        var server = FindOrUtc(serverZone);
        return Setting(settings, "Default_Timezone_For_Reporting") switch
        {
            "custom" => FindOrUtc(Setting(settings, "Default_Custom_Timezone")),
            "user" => UserOffset(caller) ?? server,
            _ => server,
        };
    }

    private static TimeZoneInfo? UserOffset(BsonDocument caller)
    {
        var hours = BsonPaths.Number(caller, "utcOffset");
        // Rocket.Chat falls back to the server zone for a missing, zero or fractional offset.
        if (hours is not { } h || h == 0 || h != Math.Floor(h) || Math.Abs(h) > 14)
            return null;
        var offset = TimeSpan.FromHours(h);
        return TimeZoneInfo.CreateCustomTimeZone($"UTC{h:+0;-0}", offset, $"UTC{h:+0;-0}", $"UTC{h:+0;-0}");
    }

    // An empty or unknown zone id reads as UTC (moment.tz with an unknown name does the same).
    private static TimeZoneInfo FindOrUtc(string? id) =>
        !string.IsNullOrEmpty(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static string? Setting(IReadOnlyList<BsonDocument> settings, string id) =>
        settings.Where(s => BsonPaths.String(s, "_id") == id).Select(s => BsonPaths.String(s, "value")).FirstOrDefault();
}
