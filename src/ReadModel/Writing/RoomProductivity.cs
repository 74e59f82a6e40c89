namespace OmniCharts.ReadModel.Writing;

/// <summary>
/// What a room adds to the Productivity cards, in integer milliseconds, the way Rocket.Chat adds the raw fields in
/// JavaScript: a value adds itself (0 and negative values included), a null field adds 0, and a missing field makes
/// the card NaN (null here).
/// </summary>
/// <param name="ResponseAverage"><c>metrics.response.avg</c>, or null when the field is missing.</param>
/// <param name="FirstResponse"><c>metrics.response.ft</c>, or null when the field is missing.</param>
/// <param name="Reaction"><c>metrics.reaction.ft</c>, or null when the field is missing.</param>
public sealed record RoomProductivity(long? ResponseAverage, long? FirstResponse, long? Reaction)
{
    /// <summary>
    /// Seconds to integer milliseconds, rounding half away from zero, keeping 0 and negative values; null stays null.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or its magnitude exceeds <see cref="RoomMetrics.MaxMilliseconds"/>.</exception>
    public static long? FromSeconds(double? seconds)
    {
        if (seconds is not { } value)
            return null;
        if (!double.IsFinite(value) || Math.Abs(value * 1000) > RoomMetrics.MaxMilliseconds)
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "A metric must be finite and below 10^9 seconds.");
        return (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
    }
}
