using System.Globalization;

namespace OmniCharts.QueryApi.Reporting;

/// <summary>Rocket.Chat's <c>Default_Timezone_For_Reporting</c> rule (spec §5), without I/O.</summary>
public static class ReportingTimeZone
{
    /// <summary>Rocket.Chat's setting that picks the rule.</summary>
    public const string ModeSetting = "Default_Timezone_For_Reporting";

    /// <summary>Rocket.Chat's setting with the IANA zone of the <c>custom</c> rule.</summary>
    public const string CustomZoneSetting = "Default_Custom_Timezone";

    /// <summary>
    /// The zone for <paramref name="mode"/>: <c>custom</c> → <paramref name="customZone"/> (empty or unknown → UTC);
    /// <c>user</c> → <paramref name="userOffset"/> hours as a fixed offset when it is a whole, non-zero number
    /// within ±14 (else the server zone); anything else, absent included → <paramref name="serverZone"/>.
    /// </summary>
    public static TimeZoneInfo Choose(string? mode, string? customZone, string? userOffset, TimeZoneInfo serverZone) => mode switch
    {
        "custom" => !string.IsNullOrWhiteSpace(customZone) && TimeZoneInfo.TryFindSystemTimeZoneById(customZone, out var zone) ? zone : TimeZoneInfo.Utc,
        "user" => FixedOffset(userOffset) ?? serverZone,
        _ => serverZone,
    };

    private static TimeZoneInfo? FixedOffset(string? hoursText)
    {
        if (!double.TryParse(hoursText, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours)
            || hours == 0 || hours != Math.Truncate(hours) || Math.Abs(hours) > 14)
            return null;

        var offset = TimeSpan.FromHours(hours);
        var name = $"UTC{(hours < 0 ? "-" : "+")}{offset:hh\\:mm}";
        return TimeZoneInfo.CreateCustomTimeZone(name, offset, name, name);
    }
}
