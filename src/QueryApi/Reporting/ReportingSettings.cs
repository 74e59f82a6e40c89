namespace OmniCharts.QueryApi.Reporting;

/// <summary>The synced values of Rocket.Chat's two reporting settings (null when never synced or without a value).</summary>
/// <param name="Mode"><c>Default_Timezone_For_Reporting</c>.</param>
/// <param name="CustomZone"><c>Default_Custom_Timezone</c>.</param>
public sealed record ReportingSettings(string? Mode, string? CustomZone);
