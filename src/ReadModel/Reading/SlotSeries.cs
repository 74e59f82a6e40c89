namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// One metric's slot hashes of whole UTC days (<see cref="DaySlots"/>): what the overview adds up per local day and
/// hour. Days that were not read are absent. An array from the first day asked for, not a dictionary: a 365-day
/// overview looks up every day of its range, and a request should not build a hash table to do it.
/// </summary>
public sealed class SlotSeries
{
    private readonly DateOnly first;
    private readonly DaySlots?[] days;

    /// <summary>An empty series for the days <paramref name="first"/>..<paramref name="last"/>, filled by its reader.</summary>
    internal SlotSeries(DateOnly first, DateOnly last)
    {
        this.first = first;
        days = new DaySlots?[Math.Max(0, last.DayNumber - first.DayNumber + 1)];
    }

    /// <summary>Whether <paramref name="day"/> was read.</summary>
    public bool Holds(DateOnly day) => Day(day) is not null;

    /// <summary>Whether every day from <paramref name="from"/> to <paramref name="to"/> was read.</summary>
    public bool HoldsAll(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (Day(day) is null)
                return false;
        }

        return true;
    }

    /// <summary>The slots of <paramref name="day"/>, or null when it was not read.</summary>
    public DaySlots? Day(DateOnly day)
    {
        var index = day.DayNumber - first.DayNumber;
        return (uint)index < (uint)days.Length ? days[index] : null;
    }

    /// <summary>Sets the slots read for <paramref name="day"/>, one of the days the series was made for.</summary>
    internal void Set(DateOnly day, DaySlots slots) => days[day.DayNumber - first.DayNumber] = slots;
}
