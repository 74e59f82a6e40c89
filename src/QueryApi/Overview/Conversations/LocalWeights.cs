using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Overview.Conversations;

/// <summary>
/// The overview's message weights (Σ max(1, m) per slot) added up per local day of the reporting zone, and per local
/// hour of the busiest day. A slot belongs to the local day and hour of its first millisecond. On a UTC day whose
/// offset does not change, the slots of each local day are one run, summed from the day's running sums in two
/// lookups (<see cref="DaySlots.Sum"/>); only a day with an offset change, and the two or three UTC days of the
/// busiest local day for its hours, are walked slot by slot. Integer arithmetic only.
/// </summary>
internal sealed class LocalWeights
{
    private const long SlotMs = UtcSlot.Milliseconds;
    private const long DayMs = 86_400_000;
    private const long HourMs = 3_600_000;
    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
    private readonly SlotSeries? series;
    private readonly UtcSlot first, last;
    private readonly TimeZoneInfo zone = TimeZoneInfo.Utc;
    private readonly long firstLocalDay;
    private readonly long[] perDay = [];

    // The zone's offset in ms when it never changes (UTC, a fixed-offset zone), so that a 365-day range does not ask
    // TimeZoneInfo twice per day; null for a zone with rules.
    private readonly long? fixedOffset = 0;

    /// <summary>No weights: a range without rooms.</summary>
    public LocalWeights()
    {
    }

    private LocalWeights(SlotSeries series, UtcSlot first, UtcSlot last, TimeZoneInfo zone)
    {
        (this.series, this.first, this.last, this.zone) = (series, first, last, zone);
        fixedOffset = zone.GetAdjustmentRules().Length == 0 ? (long)zone.BaseUtcOffset.TotalMilliseconds : null;
        // Local days lie within a day of their UTC days (offsets are under 24 hours).
        firstLocalDay = DayIndex(first.Day) - 1;
        perDay = new long[last.Day.DayNumber - first.Day.DayNumber + 3];
    }

    /// <summary>Σ over every slot of the range.</summary>
    public long Total { get; private set; }

    /// <summary>Adds the slots <paramref name="first"/>..<paramref name="last"/> of the days <paramref name="series"/> holds, read in <paramref name="zone"/>.</summary>
    public static LocalWeights Of(SlotSeries series, UtcSlot first, UtcSlot last, TimeZoneInfo zone)
    {
        var weights = new LocalWeights(series, first, last, zone);
        for (var day = first.Day; day <= last.Day; day = day.AddDays(1))
        {
            if (series.Day(day) is { } slots)
                weights.AddDay(day, slots);
        }

        return weights;
    }

    /// <summary>
    /// The local day with the largest Σ and, within it, the local hour with the largest Σ; the earliest day and hour
    /// on a tie (analytics-overview.md §3). Null when the range holds no room.
    /// </summary>
    public (DateOnly Day, int Hour)? Busiest()
    {
        var best = -1;
        for (var d = 0; d < perDay.Length; d++)
        {
            if (perDay[d] > 0 && (best < 0 || perDay[d] > perDay[best]))
                best = d;
        }

        if (best < 0)
            return null;
        var localDay = firstLocalDay + best;
        var date = DateOnly.FromDayNumber(EpochDayNumber + (int)localDay);
        var hours = new long[24];
        for (var day = Later(date.AddDays(-1), first.Day); day <= Earlier(date.AddDays(1), last.Day); day = day.AddDays(1))
        {
            if (series!.Day(day) is { } slots)
                Walk(day, slots, (slotDay, hour, weight) => hours[hour] += slotDay == localDay ? weight : 0);
        }

        var busiestHour = 0;
        for (var h = 1; h < 24; h++)
        {
            if (hours[h] > hours[busiestHour])
                busiestHour = h;
        }

        return (date, busiestHour);
    }

    private void AddDay(DateOnly day, DaySlots slots)
    {
        var (from, to) = Slots(day);
        Total += slots.Sum(from, to + 1);
        var start = new UtcSlot(day, from).StartUnixMilliseconds;
        var offset = Offset(start);
        if (offset != Offset(start + (to - from) * SlotMs))
        {
            Walk(day, slots, (localDay, _, weight) => perDay[localDay - firstLocalDay] += weight);
            return;
        }

        // Slot i starts i·15 min after UTC midnight, so it lies in local day (day + q) when q·24h ≤ i·15 min + offset <
        // (q + 1)·24h: the slots of local day (day + q) run from Boundary(q) to Boundary(q + 1), with q = −1, 0 or 1.
        for (var q = -1; q <= 1; q++)
        {
            var run = slots.Sum(Math.Max(from, Boundary(q, offset)), Math.Min(to + 1, Boundary(q + 1, offset)));
            if (run > 0)
                perDay[DayIndex(day) + q - firstLocalDay] += run;
        }
    }

    // The first slot of the UTC day whose start plus offset reaches q days: ceil((q·24h − offset) / 15 min), within 0..96.
    private static int Boundary(int q, long offset)
    {
        var numerator = (q * DayMs) - offset;
        var slot = (numerator / SlotMs) + (numerator % SlotMs > 0 ? 1 : 0);
        return (int)Math.Clamp(slot, 0, UtcSlot.PerDay);
    }

    // Every slot of the range on UTC day `day` with a weight, as (local day since the epoch, local hour, weight).
    private void Walk(DateOnly day, DaySlots slots, Action<long, int, long> add)
    {
        var (from, to) = Slots(day);
        var values = slots.Values;
        var start = new UtcSlot(day, 0).StartUnixMilliseconds;
        for (var i = from; i <= to; i++)
        {
            // No field (a kept hash marks it Absent) or no weight.
            if (values[i] <= 0)
                continue;
            var instant = start + (i * SlotMs);
            var localDay = Math.DivRem(instant + Offset(instant), DayMs, out var sinceMidnight);
            if (sinceMidnight < 0)
                (localDay, sinceMidnight) = (localDay - 1, sinceMidnight + DayMs);
            add(localDay, (int)(sinceMidnight / HourMs), values[i]);
        }
    }

    // The slots of UTC day `day` inside the range.
    private (int From, int To) Slots(DateOnly day) =>
        (day == first.Day ? first.Index : 0, day == last.Day ? last.Index : UtcSlot.PerDay - 1);

    private static long DayIndex(DateOnly day) => day.DayNumber - EpochDayNumber;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private long Offset(long unixMilliseconds) =>
        fixedOffset ?? (long)zone.GetUtcOffset(DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds)).TotalMilliseconds;
}
