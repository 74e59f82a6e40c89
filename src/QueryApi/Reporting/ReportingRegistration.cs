namespace OmniCharts.QueryApi.Reporting;

/// <summary>Registers the reporting time zone resolution.</summary>
public static class ReportingRegistration
{
    /// <summary>Adds <see cref="ReportingZones"/>; an unknown <c>RocketChat:ServerTimeZone</c> stops the start-up.</summary>
    public static IHostApplicationBuilder AddReporting(this IHostApplicationBuilder builder)
    {
        var id = builder.Configuration["RocketChat:ServerTimeZone"];
        var zone = string.IsNullOrWhiteSpace(id) ? TimeZoneInfo.Utc
            : TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found
            : throw new InvalidOperationException($"RocketChat:ServerTimeZone '{id}' is not a known IANA time zone.");
        builder.Services.AddSingleton(new ServerTimeZone(zone));
        builder.Services.AddSingleton<ReportingZones>();
        return builder;
    }
}
