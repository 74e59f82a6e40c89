using System.Globalization;

namespace OmniCharts.ReadModel.Keys;

/// <summary>
/// A 15-minute slot of a UTC day: the read model's finest resolution. Every real UTC offset is a
/// multiple of 15 minutes, so every hourly bucket of the spec (from a local hour start to the end of
/// its UTC hour) and every local day is a whole number of slots.
/// </summary>
/// <param name="Day">The UTC calendar day.</param>
/// <param name="Index">0..95: minutes since UTC midnight divided by 15.</param>
public readonly record struct UtcSlot(DateOnly Day, int Index)
{
    /// <summary>Slots in one UTC day.</summary>
    public const int PerDay = 96;

    /// <summary>Length of one slot in milliseconds.</summary>
    public const long Milliseconds = 15 * 60 * 1000;

    /// <summary>The slot that holds the instant <paramref name="unixMilliseconds"/>.</summary>
    public static UtcSlot Of(long unixMilliseconds)
    {
        var instant = DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).UtcDateTime;
        return new UtcSlot(DateOnly.FromDateTime(instant), (instant.Hour * 60 + instant.Minute) / 15);
    }

    /// <summary>The day as written in keys and fields: <c>yyyy-MM-dd</c>.</summary>
    public string DayText => Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The index as written in fields: two digits, <c>00</c>..<c>95</c>.</summary>
    public string IndexText => Index.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The first millisecond of the slot, Unix time.</summary>
    public long StartUnixMilliseconds =>
        new DateTimeOffset(Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds() + Index * Milliseconds;
}
