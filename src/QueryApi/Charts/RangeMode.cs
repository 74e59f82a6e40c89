namespace OmniCharts.QueryApi.Charts;

/// <summary>How a range is split into buckets.</summary>
public enum RangeMode
{
    /// <summary>24 buckets, each from a local hour start to the end of its UTC hour.</summary>
    Hourly,

    /// <summary>One bucket per UTC calendar day.</summary>
    Daily,
}
