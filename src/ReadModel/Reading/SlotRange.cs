using OmniCharts.ReadModel.Keys;

namespace OmniCharts.ReadModel.Reading;

/// <summary>Consecutive 15-minute slots from <paramref name="First"/> to <paramref name="Last"/> inclusive, across UTC days.</summary>
/// <param name="First">The first slot.</param>
/// <param name="Last">The last slot, not before <paramref name="First"/>.</param>
public readonly record struct SlotRange(UtcSlot First, UtcSlot Last)
{
    /// <summary>How many slots.</summary>
    public int Count => Ordinal(Last) - Ordinal(First) + 1;

    /// <summary>Whether every slot of <paramref name="run"/> is inside.</summary>
    public bool Contains(SlotRun run) =>
        Ordinal(new UtcSlot(run.Day, run.First)) >= Ordinal(First) && Ordinal(new UtcSlot(run.Day, run.Last)) <= Ordinal(Last);

    /// <summary>Where <paramref name="slot"/> of <paramref name="day"/> sits, 0 for <see cref="First"/>.</summary>
    public int IndexOf(DateOnly day, int slot) => Ordinal(new UtcSlot(day, slot)) - Ordinal(First);

    private static int Ordinal(UtcSlot slot) => slot.Day.DayNumber * UtcSlot.PerDay + slot.Index;
}
