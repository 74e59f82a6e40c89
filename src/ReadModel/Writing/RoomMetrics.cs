namespace OmniCharts.ReadModel.Writing;

/// <summary>
/// A room's timing metrics in integer milliseconds; null when the source has none (missing, null, 0 or negative),
/// so the room is left out of that metric's sum and count.
/// </summary>
/// <param name="ChatDuration"><c>metrics.chatDuration</c>.</param>
/// <param name="FirstResponse"><c>metrics.response.ft</c>.</param>
/// <param name="ResponseAverage"><c>metrics.response.avg</c>.</param>
/// <param name="Reaction"><c>metrics.reaction.ft</c>.</param>
public sealed record RoomMetrics(long? ChatDuration, long? FirstResponse, long? ResponseAverage, long? Reaction)
{
    /// <summary>No metric at all.</summary>
    public static RoomMetrics None { get; } = new(null, null, null, null);

    /// <summary>
    /// The largest value the read model stores (just under 12 digits, about 31 years): the first-response
    /// index orders values as 12-digit text, and every sum stays far below 2^53.
    /// </summary>
    public const long MaxMilliseconds = 999_999_999_999;

    /// <summary>
    /// Seconds (as Rocket.Chat stores them) to integer milliseconds, rounding half away from zero; null, 0,
    /// negative and sub-half-millisecond values give null.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or exceeds <see cref="MaxMilliseconds"/>.</exception>
    public static long? FromSeconds(double? seconds)
    {
        if (seconds is not { } value)
            return null;
        if (!double.IsFinite(value) || value * 1000 > MaxMilliseconds)
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "A metric must be finite and below 10^9 seconds.");
        var milliseconds = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        return milliseconds > 0 ? milliseconds : null;
    }
}
