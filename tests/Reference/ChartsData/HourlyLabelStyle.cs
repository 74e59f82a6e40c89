namespace OmniCharts.Reference.ChartsData;

/// <summary>How hourly buckets are labelled (charts-data.md §3).</summary>
public enum HourlyLabelStyle
{
    /// <summary><c>12AM-1AM … 11PM-12AM</c>, whatever the zone and date.</summary>
    Fixed,

    /// <summary>Rocket.Chat 7.11's <c>hA-hA</c>: the local hour of the bucket's UTC hour on today's date, twice.</summary>
    RocketChat711,
}
