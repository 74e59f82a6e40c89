namespace OmniCharts.QueryApi.Availability;

/// <summary>Whether a request may be answered from the keys it read.</summary>
public enum Availability
{
    /// <summary>The live generation is complete and the request read it.</summary>
    Ready,

    /// <summary>Another generation became live since the keys were chosen: read again with its keys.</summary>
    Switched,

    /// <summary>No complete generation exists: answer 503 with the reason.</summary>
    Unavailable,
}
