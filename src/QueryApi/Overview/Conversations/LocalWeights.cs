using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Overview.Conversations;

/// <summary>
/// The overview's message weights (Σ max(1, m) per slot) added up per local day and per local hour of the reporting
/// zone. Every real offset and every DST change is a multiple of 15 minutes, so each slot lies in one local hour;
/// the offset is looked up twice per UTC day, and per slot only on a day where it changes.
/// </summary>
internal sealed class LocalWeights
{
    private const long SlotMs = UtcSlot.Milliseconds;
    private readonly SortedDictionary<DateOnly, long[]> hours = [];

    /// <summary>Σ over every slot of the range.</summary>
    public long Total { get; private set; }

    /// <summary>Adds the slots <paramref name="first"/>..<paramref name="last"/> of each piece's window, metric 0, read in <paramref name="zone"/>.</summary>
    public static LocalWeights Of(IReadOnlyList<BucketCells> pieces, UtcSlot first, UtcSlot last, TimeZoneInfo zone)
    {
        var weights = new LocalWeights();
        foreach (var piece in pieces)
        {
            if (piece.Window.Slots is not { } window)
                continue;
            var from = Later(first, window.First);
            var to = Earlier(last, window.Last);
            for (var day = from.Day; day <= to.Day; day = day.AddDays(1))
                weights.AddDay(piece, day, day == from.Day ? from.Index : 0, day == to.Day ? to.Index : UtcSlot.PerDay - 1, zone);
        }

        return weights;
    }

    /// <summary>
    /// The local day with the largest Σ and, within it, the local hour with the largest Σ; the earliest day and hour
    /// on a tie (analytics-overview.md §3). Null when the range holds no room.
    /// </summary>
    public (DateOnly Day, int Hour)? Busiest()
    {
        (DateOnly Day, long[] Hours, long Sum)? best = null;
        foreach (var (day, perHour) in hours)
        {
            var sum = perHour.Sum();
            if (sum > 0 && (best is null || sum > best.Value.Sum))
                best = (day, perHour, sum);
        }

        if (best is not { } b)
            return null;
        var hour = 0;
        for (var h = 1; h < 24; h++)
        {
            if (b.Hours[h] > b.Hours[hour])
                hour = h;
        }

        return (b.Day, hour);
    }

    private void AddDay(BucketCells piece, DateOnly day, int firstSlot, int lastSlot, TimeZoneInfo zone)
    {
        var dayStart = new UtcSlot(day, 0).StartUnixMilliseconds;
        var offset = Offset(zone, dayStart + firstSlot * SlotMs);
        var steady = offset == Offset(zone, dayStart + lastSlot * SlotMs);
        for (var slot = firstSlot; slot <= lastSlot; slot++)
        {
            var weight = piece.SlotValue(0, new UtcSlot(day, slot));
            if (weight == 0)
                continue;
            var start = dayStart + slot * SlotMs;
            var local = DateTime.UnixEpoch.AddMilliseconds(start + (steady ? offset : Offset(zone, start)));
            var date = DateOnly.FromDateTime(local);
            if (!hours.TryGetValue(date, out var perHour))
                hours.Add(date, perHour = new long[24]);
            perHour[local.Hour] += weight;
            Total += weight;
        }
    }

    private static long Offset(TimeZoneInfo zone, long unixMilliseconds) =>
        (long)zone.GetUtcOffset(DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds)).TotalMilliseconds;

    private static UtcSlot Later(UtcSlot a, UtcSlot b) => (a.Day, a.Index).CompareTo((b.Day, b.Index)) >= 0 ? a : b;

    private static UtcSlot Earlier(UtcSlot a, UtcSlot b) => (a.Day, a.Index).CompareTo((b.Day, b.Index)) <= 0 ? a : b;
}
