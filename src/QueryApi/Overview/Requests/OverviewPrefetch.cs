using OmniCharts.QueryApi.Charts;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Overview.Requests;

/// <summary>
/// What a request reads before its caller's zone is known, in the same round trip as the caller and the settings:
/// cells that hold the range in any zone from UTC−12 to UTC+14. From local midnight of <c>from</c> to the end of
/// <c>to</c> the range starts between <c>from−1 10:00Z</c> and <c>from 12:00Z</c> and ends between <c>to 09:59Z</c> and
/// <c>to+1 11:59Z</c>. When the real range falls outside (a historical offset, a range over
/// <see cref="BucketPrefetch.MaxDays"/>), the exact cells are read in a second round trip.
/// </summary>
public static class OverviewPrefetch
{
    /// <summary>Whether anything is read ahead: the range can hold rooms and is short enough.</summary>
    public static bool Applies(DateOnly from, DateOnly to)
    {
        var span = to.DayNumber - from.DayNumber;
        return span >= 0 && span + 3 <= BucketPrefetch.MaxDays;
    }

    /// <summary>Whether the range can hold a room at all: a <c>to</c> before <c>from</c> never does, in any zone.</summary>
    public static bool CanHoldRooms(DateOnly from, DateOnly to) => to >= from;

    /// <summary>The day cells and the slot cells around both ends, for sums over the range.</summary>
    public static IReadOnlyList<CellWindow> Totals(DateOnly from, DateOnly to)
    {
        var days = new CellWindow(new DayRange(from.AddDays(-1), to.AddDays(1)), null);
        var head = new SlotRange(new UtcSlot(from.AddDays(-1), 40), new UtcSlot(from, UtcSlot.PerDay - 1));
        var tail = new SlotRange(new UtcSlot(to, 0), new UtcSlot(to.AddDays(1), 47));
        // Ends one or two days apart share their slot hashes.
        return to.DayNumber - from.DayNumber <= 1
            ? [days, new CellWindow(null, new SlotRange(head.First, tail.Last))]
            : [days, new CellWindow(null, head), new CellWindow(null, tail)];
    }

    /// <summary>Every UTC day the range can touch, for the overview's message weights (whole slot hashes, a day each).</summary>
    public static IReadOnlyList<DateOnly> SlotDays(DateOnly from, DateOnly to)
    {
        var days = new List<DateOnly>(to.DayNumber - from.DayNumber + 3);
        for (var day = from.AddDays(-1); day <= to.AddDays(1); day = day.AddDays(1))
            days.Add(day);
        return days;
    }

    /// <summary>The slots the range can end in.</summary>
    public static CellWindow LastSlots(DateOnly to) =>
        new(null, new SlotRange(new UtcSlot(to, 39), new UtcSlot(to.AddDays(1), 47)));

    /// <summary>The months whose per-agent day fields the range can need.</summary>
    public static IReadOnlyList<DateOnly> AgentMonths(DateOnly from, DateOnly to) => Months(from.AddDays(-1), to.AddDays(1));

    /// <summary>The days whose per-agent slot fields the range can need: both ends' possible partial days.</summary>
    public static IReadOnlyList<DateOnly> AgentSlotDays(DateOnly from, DateOnly to) =>
        [.. new[] { from.AddDays(-1), from, to, to.AddDays(1) }.Distinct()];

    /// <summary>The first day of each month from <paramref name="first"/>'s to <paramref name="last"/>'s.</summary>
    public static IReadOnlyList<DateOnly> Months(DateOnly first, DateOnly last)
    {
        var months = new List<DateOnly>();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
            months.Add(month);
        return months;
    }
}
