namespace OmniCharts.QueryApi.Charts;

/// <summary>How hourly buckets are labelled (<c>Charts:HourlyLabels</c>).</summary>
public enum HourlyLabelStyle
{
    /// <summary><c>fixed</c>: 12AM-1AM … 11PM-12AM for every zone and date (Rocket.Chat's current code).</summary>
    Fixed,

    /// <summary><c>rocketchat-7.11</c>: <c>hA-hA</c>, the local hour of the bucket's UTC hour taken today.</summary>
    RocketChat711,
}
