using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Charts;

/// <summary>
/// The cells read before the caller's zone is known, in the same round trip as the caller and the settings:
/// a window that holds every bucket the range can have in any zone from UTC−12 to UTC+14. When the real plan
/// falls outside it (a 25-hour day that turns one date into a daily chart, a historical offset, a range too long
/// to prefetch), the query reads the plan's own cells in a second round trip, so the answer stays exact.
/// </summary>
public static class BucketPrefetch
{
    /// <summary>Longer ranges are not read before authentication: an unauthenticated request must stay cheap.</summary>
    public const int MaxDays = 1_000;

    /// <summary>The cells to read ahead for local dates <paramref name="start"/>..<paramref name="end"/>.</summary>
    public static CellWindow WindowFor(DateOnly start, DateOnly end)
    {
        var span = end.DayNumber - start.DayNumber;
        if (span <= -2 || span + 3 > MaxDays)
            return CellWindow.Empty;
        if (span >= 1)
            return new CellWindow(new DayRange(start.AddDays(-1), end.AddDays(1)), null);

        // Hourly: 24 hours from local midnight of start, which lies between start−1 10:00Z (UTC+14) and
        // start 12:00Z (UTC−12); the last bucket ends with the UTC hour start+1 11:00Z.
        return new CellWindow(null, new SlotRange(new UtcSlot(start.AddDays(-1), 40), new UtcSlot(start.AddDays(1), 47)));
    }
}
