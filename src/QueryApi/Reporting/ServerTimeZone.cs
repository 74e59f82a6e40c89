namespace OmniCharts.QueryApi.Reporting;

/// <summary>The Rocket.Chat server's own zone (<c>RocketChat:ServerTimeZone</c>, IANA, default UTC).</summary>
/// <param name="Zone">The resolved zone.</param>
public sealed record ServerTimeZone(TimeZoneInfo Zone);
