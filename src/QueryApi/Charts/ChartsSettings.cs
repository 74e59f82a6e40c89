namespace OmniCharts.QueryApi.Charts;

/// <summary>The <c>Charts:*</c> configuration, read once at start-up.</summary>
/// <param name="HourlyLabels">How hourly buckets are labelled.</param>
public sealed record ChartsSettings(HourlyLabelStyle HourlyLabels);
