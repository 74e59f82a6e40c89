using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Overview.Conversations;

/// <summary>
/// The overview's message weights (Σ max(1, m) per slot) added up per local day and per local hour of the reporting
/// zone. Every real offset and every DST change is a multiple of 15 minutes, so each slot lies in one local hour;
/// the offset is looked up twice per UTC day, and per slot only on a day where it changes. Integer arithmetic only:
/// a 365-day range walks 35,040 slots.
/// </summary>
internal sealed class LocalWeights
{
    private const long SlotMs = UtcSlot.Milliseconds;
    private const long DayMs = 86_400_000;
    private const long HourMs = 3_600_000;
    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
    private readonly Dictionary<long, long[]> hours = [];
    private long currentDay = long.MinValue;
    private long[] current = [];

    /// <summary>Σ over every slot of the range.</summary>
    public long Total { get; private set; }

    /// <summary>Adds the slots <paramref name="first"/>..<paramref name="last"/> of the days <paramref name="series"/> holds, read in <paramref name="zone"/>.</summary>
    public static LocalWeights Of(SlotSeries series, UtcSlot first, UtcSlot last, TimeZoneInfo zone)
    {
        var weights = new LocalWeights();
        foreach (var day in series.Days.Where(d => d >= first.Day && d <= last.Day).Order())
        {
            var (firstSlot, lastSlot) = (day == first.Day ? first.Index : 0, day == last.Day ? last.Index : UtcSlot.PerDay - 1);
            weights.AddDay(series.Day(day)[firstSlot..(lastSlot + 1)], day, firstSlot, zone);
        }

        return weights;
    }

    /// <summary>
    /// The local day with the largest Σ and, within it, the local hour with the largest Σ; the earliest day and hour
    /// on a tie (analytics-overview.md §3). Null when the range holds no room.
    /// </summary>
    public (DateOnly Day, int Hour)? Busiest()
    {
        (long Day, long[] Hours, long Sum)? best = null;
        foreach (var day in hours.Keys.Order())
        {
            var perHour = hours[day];
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

        return (DateOnly.FromDayNumber(EpochDayNumber + (int)b.Day), hour);
    }

    private void AddDay(ReadOnlySpan<long> slots, DateOnly day, int firstSlot, TimeZoneInfo zone)
    {
        var start = new UtcSlot(day, firstSlot).StartUnixMilliseconds;
        var offset = Offset(zone, start);
        var steady = offset == Offset(zone, start + (slots.Length - 1) * SlotMs);
        for (var i = 0; i < slots.Length; i++)
        {
            // No field (a kept hash marks it Absent) or no weight.
            if (slots[i] <= 0)
                continue;
            var instant = start + i * SlotMs;
            var local = instant + (steady ? offset : Offset(zone, instant));
            var localDay = Math.DivRem(local, DayMs, out var sinceMidnight);
            if (sinceMidnight < 0)
                (localDay, sinceMidnight) = (localDay - 1, sinceMidnight + DayMs);
            if (localDay != currentDay)
            {
                if (!hours.TryGetValue(localDay, out var perHour))
                    hours.Add(localDay, perHour = new long[24]);
                (currentDay, current) = (localDay, perHour);
            }

            current[sinceMidnight / HourMs] += slots[i];
            Total += slots[i];
        }
    }

    private static long Offset(TimeZoneInfo zone, long unixMilliseconds) =>
        (long)zone.GetUtcOffset(DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds)).TotalMilliseconds;

}
